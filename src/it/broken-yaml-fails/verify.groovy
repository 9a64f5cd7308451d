// A descriptor that is not YAML: the build fails at the descriptor's line and column.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('the report cannot be built: 1 error in src/engagement/engagement.yaml and its templates')
// the flow list opened on line 8 is never closed; the parser notices at the next key
assert log.contains('[ERROR] src/engagement/engagement.yaml:9:11: not valid YAML: expected \',\' or \']\', but got :'
        + ' (while parsing a flow sequence at line 8:15) — check the indentation, colons and quotes here')

assert !new File(basedir, 'target/dossier').exists()
true
