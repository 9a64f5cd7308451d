// The library comes from the IT repository as an artifact: version 1.0, as pinned, although
// setup-findings-1.1 installed 1.1 beside it. With sourcesAppendix, the report records where the
// finding came from.

def md = new File(basedir, 'target/dossier/report.md').getText('UTF-8')
def html = new File(basedir, 'target/dossier/report.html').getText('UTF-8')

assert md.contains('The username parameter is passed to the database unchanged (library version one).')
assert !md.contains('version one point one')
assert md.contains('## Appendix: finding sources')
assert md.contains('| 1 | SQL Injection | `01_web_application/sql_injection` | io.github.dossier.it:findings:1.0 |')
assert html.contains('<tr><td class="num">1</td><td>SQL Injection</td><td><code>01_web_application/sql_injection</code></td>'
        + '<td>io.github.dossier.it:findings:1.0</td></tr>')

// unpacked under the build folder, never into the output
assert new File(basedir, 'target/dossier-work/libraries/io.github.dossier.it/findings/1.0-jar/01_web_application/sql_injection.md').isFile()
assert !new File(basedir, 'target/dossier/dossier-library').exists()

// no path of this machine in the outputs
assert !md.contains(basedir.absolutePath) && !html.contains(basedir.absolutePath)
// the second build resolves the library again, finds the same archive and skips
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Dossier: report is up to date, skipping')

// check -Ddossier.compareLibrary lists what 1.1 would change in the template the report uses
[
    'Library drift: the templates this report uses, compared with io.github.dossier.it:findings:1.1',
    '  01_web_application/sql_injection (now from io.github.dossier.it:findings:1.0): changed, 2 words added,'
            + ' 0 removed',
    '      added “one point”',
    'Library drift: 1 changed, 0 unchanged, 0 not in io.github.dossier.it:findings:1.1, of 1 template',
].each { assert log.contains(it): "build.log lacks: $it" }
true
