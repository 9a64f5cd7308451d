// Draft mode: an unresolved slot does not fail the build; it stays visible and is listed.

def out = new File(basedir, 'target/dossier')
def md = new File(out, 'report.md').getText('UTF-8')
def html = new File(out, 'report.html').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')

// resolved text renders as usual; the unresolved slot is kept as CriticMarkup
assert md.contains('The web servers listed above report version 2.2.15 of their software, which is no longer supported.')
assert md.contains('The version was read from the response headers of {==URL==}.')
assert md.contains('> **DRAFT: unresolved markup is highlighted; this is not a final report.**')

// the HTML page highlights it
assert html.contains('The version was read from the response headers of '
        + '<mark class="unresolved" title="unresolved in draft mode">URL</mark>.')
assert html.contains('<p class="draft-banner">')

assert log.contains('[WARNING] src/findings/web/outdated_web_server.md:8:51: unresolved: no value for {==URL==}'
        + ' (finding \'portal\') — add \'URL: …\' to the finding\'s values or the engagement\'s values')
assert log.contains('Dossier: 1 finding (draft) written to')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
true
