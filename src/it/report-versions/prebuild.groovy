// The team's repository (published/) is new for every run, but target/local-repo keeps what an
// earlier run downloaded from it: forget that, so 1.1 fetches the 1.0 this run deploys.
new File(localRepositoryPath, 'io/github/dossier/it/report-versions').deleteDir()

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
