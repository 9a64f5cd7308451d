// list: per library a line and a table by title; a score with its severity, never the vector; within 100 columns
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/findings: 1 template')
assert log =~ /\[INFO\]     TITLE\s+CATEGORY\s+CVSS/
assert log.contains('[INFO]   02_net/')
assert log =~ /\[INFO\]     SSH Version Disclosure\s+NET\s+N\/A/
assert log.contains('[INFO] io.github.dossier.it:findings:1.1: 1 template')
assert log =~ /\[INFO\]     SQL Injection\s+APP-DAT\s+9\.8 Critical/
assert !log.contains('CVSS:3.1/')
// the table's lines (header, folders, rows) fit a 100-column terminal, Maven's [INFO] prefix included
assert log.readLines().findAll { it.startsWith('[INFO]   ') }.every { it.length() <= 100 }
assert log.contains('[INFO] Dossier: 2 templates')
assert log.contains('[INFO] Dossier: 1 template matching \'ssh\'')

// add: the descriptor is the original, byte for byte, with the new entry inside findings:
def original = new File(basedir, 'original-engagement.yaml').getText('UTF-8')
def updated = new File(basedir, 'src/engagement/engagement.yaml').getText('UTF-8')
def marker = '    affected: [gw.acme.example]\n'
def at = original.indexOf(marker) + marker.length()
// every open decision is a commented line with an example: the stub builds in draft mode as written
def added = '''  # SQL Injection (from io.github.dossier.it:findings:1.1), added by dossier:add. A commented line is a decision still open: uncomment and complete it.
  - template: 01_web_application/sql_injection
    # key: 01_web_application/sql_injection   # for @references; the id by default
    affected: []   # the affected systems, one per entry
    values:
      # URL: "…"   # text (line 7)
    # impact: High   # overrides the template's level
    # likelihood: High
    # status: open   # open, fixed or accepted
'''
assert updated == original.substring(0, at) + added + original.substring(at)
assert log.contains('[INFO] Dossier: added template 01_web_application/sql_injection to src/engagement/engagement.yaml')
true
