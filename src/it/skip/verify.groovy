// -Ddossier.skip=true: one fixed log line, nothing read, nothing written.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] Skipping Dossier: dossier.skip is true')
assert !log.contains('Dossier: 1 finding')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/dossier').exists()
true
