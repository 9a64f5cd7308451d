// dossier:check resolves the report as assemble would, lists lints, the writer's comment and,
// with -Ddossier.explain, how every highlight and option was read; it writes nothing.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[WARNING] src/findings/web/directory_listing_enabled.md:8:40: toggle {has||have} looks singular-first'
        + ' — the plural side comes first: {have||has}')
assert log.contains('[WARNING] src/findings/web/directory_listing_enabled.md:8:94: editorial text 1 ", and for the web root"'
        + ' printed as the template suggests (finding \'listing\')')
assert log.contains('[INFO] src/findings/web/directory_listing_enabled.md:2:1: comment for the writer of finding'
        + ' \'listing\': Name the folders whose contents could be listed.')
// explain: each highlight and option, with the numbers the descriptor uses
assert log.contains('[INFO] src/findings/web/directory_listing_enabled.md:8:82: slot {==FOLDER==}')
assert log.contains('[INFO] src/findings/web/directory_listing_enabled.md:8:94: editorial text 1 ", and for the web root":'
        + ' printed as written unless the finding decides')
assert log.contains('[INFO] src/findings/web/directory_listing_enabled.md:10:1: option 1 (APACHE): its text is a label,'
        + ' it covers the rest of its line: "On Apache httpd, the folders inherit `Options Indexes` from the server'
        + ' configuration."')
assert log =~ /\[INFO\] Dossier check: 1 finding resolves; 2 warnings/
assert log.contains('BUILD SUCCESS')
// only check ran: the assemble execution bound to generate-resources did not
assert !log.contains(':assemble')
assert !new File(basedir, 'target/dossier').exists()
true
