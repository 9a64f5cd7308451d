// prebuild.groovy left the report of an earlier build in target/dossier; this build fails
// and must leave that report exactly as it was, with no half-written files beside it.

def out = new File(basedir, 'target/dossier')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[ERROR] src/findings/web/outdated_web_server.md:8:51: no value for {==URL==} (finding \'portal\')')
assert log.contains('BUILD FAILURE')

assert new File(out, 'report.md').getText('UTF-8') == '# Report of the previous build\n'
assert new File(out, 'report.html').getText('UTF-8') == '<!DOCTYPE html>\n<p>Report of the previous build</p>\n'
assert out.list().sort() == ['report.html', 'report.md']
// no staging folder left beside the output folder
assert new File(basedir, 'target').list().toList() == ['dossier']
true
