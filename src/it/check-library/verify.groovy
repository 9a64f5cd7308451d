// Every problem of the library on its own file:line:column line, then the count; the build
// fails on the broken toggle (and dossier.failOnLint would fail it on the warnings too).
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[WARNING] findings/01_web/directory_listing.md:5:1: the file is named directory_listing.md but the'
        + ' title \'Directory Listing Enabled\' gives directory_listing_enabled.md')
// a single-pipe toggle would print as written: an error (template language revision 2)
assert log.contains('[ERROR] findings/01_web/directory_listing.md:6:47: {have|has} has a single | and would print as written'
        + ' — write a toggle with two pipes: {have||has}')
assert log.contains('[WARNING] findings/01_web/directory_listing.md:9:1: \'#### Likelihood: medium\' is not written'
        + ' \'#### Likelihood: Medium\'')
assert log.contains('[WARNING] findings/misc/weak_tls.md: the template is not in a <NN>_<group>/ folder')
assert log.contains('[WARNING] findings/misc/weak_tls.md:2:1: the front matter has no cvss')
assert log.contains('[WARNING] findings/misc/weak_tls.md:4:1: the file is named weak_tls.md but the title \'Weak TLS Configuration\' gives weak_tls_configuration.md')
assert log.contains('[INFO] Dossier check: 2 templates in library findings: 1 error, 5 warnings')
assert log.contains('Dossier check: 2 templates in library findings: 1 error, 5 warnings -> [Help 1]')
assert log.contains('BUILD FAILURE')
true
