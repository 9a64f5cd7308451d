// Every problem of the library on its own file:line:column line, then the count; the build
// fails because dossier.failOnLint turns warnings into a failure.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[WARNING] findings/01_web/directory_listing.md:5:1: the file is named directory_listing.md but the'
        + ' title \'Directory Listing Enabled\' gives directory_listing_enabled.md')
assert log.contains('[WARNING] findings/01_web/directory_listing.md:6:47: {have|has} has a single | and stays literal text')
assert log.contains('[WARNING] findings/01_web/directory_listing.md:9:1: \'#### Likelihood: medium\' is not written'
        + ' \'#### Likelihood: Medium\'')
assert log.contains('[WARNING] findings/misc/weak_tls.md: the template is not in a <NN>_<group>/ folder')
assert log.contains('[WARNING] findings/misc/weak_tls.md:2:1: the front matter has no cvss')
assert log.contains('[WARNING] findings/misc/weak_tls.md:4:1: the file is named weak_tls.md but the title \'Weak TLS Configuration\' gives weak_tls_configuration.md')
assert log.contains('[INFO] Dossier check: 2 templates in library findings: 0 errors, 6 warnings')
assert log.contains('Dossier check: 2 templates in library findings: 0 errors, 6 warnings (dossier.failOnLint is set)')
assert log.contains('BUILD FAILURE')
true
