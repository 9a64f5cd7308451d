// A library version that was never published: one located error that names the artifact.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('src/engagement/engagement.yaml:6:5: library io.github.dossier.it:findings:9.9 cannot be used:')
assert log.contains('io.github.dossier.it:findings:jar:9.9')
assert log.contains('check the coordinates and version, install or deploy the library')
assert !new File(basedir, 'target/dossier/report.md').exists()
true
