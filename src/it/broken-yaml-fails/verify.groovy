// A descriptor that is not YAML: the build fails at the descriptor's line and column.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('the report cannot be built: 1 error in src/engagement/engagement.yaml and its templates')
// the flow list opened on line 8 is never closed: reported where it opens, in plain words
assert log.contains('[ERROR] src/engagement/engagement.yaml:8:15: not valid YAML: the [ ] list opened here is never'
        + ' closed on its line — close it with ], or quote the value if the [ is part of the text')

assert !new File(basedir, 'target/dossier').exists()
true
