// The example report in all four formats, read back with the libraries the plugin's tests use
// (invoker adds the test class path to this script), and rebuilt with identical bytes.
import org.apache.pdfbox.Loader
import org.apache.pdfbox.text.PDFTextStripper
import org.apache.poi.xwpf.usermodel.XWPFDocument
import org.jsoup.Jsoup

def out = new File(basedir, 'target/dossier')
def rebuild = new File(basedir, 'target/rebuild')
['report.md', 'report.html', 'report.pdf', 'report.docx', 'evidence/xss-alert.png', 'evidence/scan-overview.png'].each {
    assert new File(out, it).isFile(): "missing $it"
}

def chapters = ['Executive summary', 'Introduction', 'Scope', 'Methodology', 'Summary of findings', 'Findings',
                'Conclusion', 'Appendix A: Tools']
def findings = ['1. SQL Injection', '2. Default Credentials on VPN Gateway', '3. Reflected Cross-Site Scripting',
                '4. Weak TLS Configuration', '5. SSH Version Disclosure']
def unicode = ['Zürich', 'Łódź', '→', '≥']

// HTML: the parts in order, the counts, numbered figures, the writer's values and cross-reference
def page = Jsoup.parse(new File(out, 'report.html'), 'UTF-8')
assert page.select('section.chapter > h2').eachText() == ['Document control', 'Contents'] + chapters
assert page.select('section.finding > h3').eachText() == findings
assert page.select('table.risk-counts td.count').eachText() == ['1', '2', '1', '0', '1']
assert page.select('figure.evidence figcaption').eachText() == [
        'Figure 1: Administration interface after logging in with the default password',
        'Figure 2: Script alert shown on the search page']
assert page.select('#section-introduction').text().contains('between 16–18 November 2026')
assert page.select('#section-conclusion a[href=#finding-sqli]').text() == '1 (SQL Injection)'
assert page.select('#section-appendix-tools li').first().text() == 'Nmap 7.95 for port and service discovery'
assert page.select('svg.risk-chart').size() == 1 && page.select('script').isEmpty()
unicode.each { assert page.text().contains(it) }

// PDF: bookmarks for every chapter and finding, the text, A4, the build's timestamp
def pdf = Loader.loadPDF(new File(out, 'report.pdf'))
try {
    def outline = pdf.documentCatalog.documentOutline.children().collect { it.title }
    assert outline == ['Cover', 'Document control', 'Contents'] + chapters
    def findingMarks = pdf.documentCatalog.documentOutline.children().find { it.title == 'Findings' }
    assert findingMarks.children().collect { it.title } == findings
    def text = new PDFTextStripper().getText(pdf)
    unicode.each { assert text.contains(it): "PDF lacks $it" }
    assert text.contains('Page 2 of ' + pdf.numberOfPages)
    assert Math.round(pdf.getPage(0).mediaBox.width) == 595
    assert pdf.documentInformation.creationDate.toInstant().toString() == '2026-11-20T09:00:00Z'
} finally {
    pdf.close()
}

// DOCX: heading styles in order, pictures, captions
def docx = new XWPFDocument(new FileInputStream(new File(out, 'report.docx')))
try {
    def h1 = docx.paragraphs.findAll { it.style == 'Heading1' }.collect { it.text }
    assert h1 == chapters
    assert docx.paragraphs.findAll { it.style == 'TOCHeading' }.collect { it.text } == ['Document control', 'Contents']
    def h2 = docx.paragraphs.findAll { it.style == 'Heading2' }.collect { it.text }
    assert h2.containsAll(findings)
    assert docx.allPictures.size() == 3
    assert docx.paragraphs.findAll { it.style == 'Caption' }.collect { it.text }
            .contains('Figure 1: Administration interface after logging in with the default password')
} finally {
    docx.close()
}

// the second execution wrote the same bytes
['report.md', 'report.html', 'report.pdf', 'report.docx'].each {
    assert new File(rebuild, it).bytes == new File(out, it).bytes: "$it differs between two builds"
}

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Dossier: 5 findings written to')
assert !log.contains('[WARNING]') && !log.contains('[ERROR]')
true
