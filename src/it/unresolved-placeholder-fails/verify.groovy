// Strict mode: every unresolved slot is an error located in the template, all reported at once;
// the build fails and writes nothing.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('the report cannot be built: 2 errors in src/engagement/engagement.yaml and its templates')
assert log.contains('src/findings/web/outdated_web_server.md:8:51: no value for {==URL==} (finding \'intranet\')'
        + ' — add \'URL: …\' to the finding\'s values or the engagement\'s values')
assert log.contains('src/findings/web/outdated_web_server.md:7:66: no value for {==VERSION==} (finding \'intranet\')'
        + ' — add \'VERSION: …\' to the finding\'s values or the engagement\'s values')
// the finding that has its values is not blamed
assert !log.contains("(finding 'portal')")

assert !new File(basedir, 'target/dossier/report.md').exists()
assert !new File(basedir, 'target/dossier/report.html').exists()
true
