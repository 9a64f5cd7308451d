// dossier:check resolves the report as assemble would, lists lints and the writer's comment,
// and writes nothing.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[WARNING] src/findings/web/directory_listing_enabled.md:8:40: {have|has} has a single | and stays'
        + ' literal text — write a toggle with two pipes: {have||has}')
assert log.contains('[INFO] src/findings/web/directory_listing_enabled.md:2:1: comment for the writer of finding'
        + ' \'listing\': Name the folders whose contents could be listed.')
// (the summary's verb is not yet singular-aware: "1 finding resolve"; match either form)
assert log =~ /\[INFO\] Dossier check: 1 finding resolves?; 1 warning/
assert log.contains('BUILD SUCCESS')
// only check ran: the assemble execution bound to generate-resources did not
assert !log.contains(':assemble')
assert !new File(basedir, 'target/dossier').exists()
true
