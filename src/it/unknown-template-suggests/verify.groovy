// A misspelt template id fails at the descriptor's template: line, with the nearest id suggested.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('the report cannot be built: 1 error in src/engagement/engagement.yaml and its templates')
assert log.contains('[ERROR] src/engagement/engagement.yaml:6:15: unknown template \'web/outdated_web_sever\''
        + ' — did you mean \'web/outdated_web_server\'?')

assert !new File(basedir, 'target/dossier').exists()
true
