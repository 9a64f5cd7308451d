// Four builds: the first renders, the second finds nothing changed and skips, the third has a
// changed configuration and renders, the fourth is forced.
def log = new File(basedir, 'build.log').getText('UTF-8')
def lines = log.readLines().findAll { it.contains('[INFO] Dossier: ') }

assert lines.size() == 7 : lines.join('\n')
assert lines[0].contains('Dossier: rendering; changed since the last build: no record of an earlier build')
assert lines[1].contains('Dossier: 1 finding written to')
assert lines[2] =~ /Dossier: report is up to date, skipping: nothing changed since the last build \(checked in \d+ ms; -Ddossier.force=true renders anyway\)/
assert lines[3].contains('Dossier: rendering; changed since the last build: the formats (dossier.formats)')
assert lines[4].contains('Dossier: 1 finding written to')
assert lines[5].contains('Dossier: rendering (dossier.force is set)')
assert lines[6].contains('Dossier: 1 finding written to')

assert new File(basedir, 'target/dossier-work/dossier-inputs.txt').isFile()
assert new File(basedir, 'target/dossier/report.md').isFile()
true
