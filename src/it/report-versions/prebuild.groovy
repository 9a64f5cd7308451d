// A copy of the request file with one byte changed ('admin' becomes 'admiN'), copied over the
// original by the fourth build (resources:copy-resources@change-evidence).
def original = new File(basedir, 'src/engagement/evidence/request.http').bytes
def changed = original.clone()
int at = new String(original, 'UTF-8').indexOf('admin') + 4
changed[at] = (byte) 'N'.charAt(0)
def folder = new File(basedir, 'target/changed-evidence')
folder.mkdirs()
new File(folder, 'request.http').bytes = changed
true
