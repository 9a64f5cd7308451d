// The report of an earlier, successful build (target/ is never committed, so it is written here).
def out = new File(basedir, 'target/dossier')
out.mkdirs()
new File(out, 'report.md').setText('# Report of the previous build\n', 'UTF-8')
new File(out, 'report.html').setText('<!DOCTYPE html>\n<p>Report of the previous build</p>\n', 'UTF-8')
true
