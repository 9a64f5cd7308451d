// The client's Word template: the report is made from it, through the plugin's wordTemplate parameter.
import org.apache.poi.xwpf.usermodel.XWPFDocument
import org.apache.poi.xwpf.extractor.XWPFWordExtractor

def docx = new XWPFDocument(new FileInputStream(new File(basedir, 'target/dossier/report.docx')))
try {
    def paragraphs = docx.paragraphs.collect { it.text }
    // the template's cover, its placeholders filled, and no cover of Dossier's own
    assert paragraphs[0] == 'Security assessment'
    assert paragraphs[1] == 'Prepared for Acme Bank plc by Northwind Security Ltd'
    assert paragraphs[2] == 'Web Application Test'
    assert docx.tables[0].text.contains('ACME-2026-031')
    // the header and footer of the template, filled
    assert docx.headerList*.text.join() .contains('Northwind Security — Web Application Test — Confidential')
    assert docx.footerList*.text.join().contains('Northwind Security Ltd · ACME-2026-031 · version 1.0')
    // the report in place of {{report}}, in the template's heading styles, and the closing page after it
    assert docx.paragraphs.findAll { it.style == 'Heading1' }*.text == ['Executive summary', 'Summary of findings',
                                                                        'Findings']
    assert paragraphs.indexOf('Document control') > 2
    assert paragraphs.last() == 'About Northwind Security: this page closes every report. Contact the Offensive Security Team.'
    assert !new XWPFWordExtractor(docx).text.contains('{{')
    // saved as a document, though the template is a .dotx
    assert docx.packagePart.contentType == 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
} finally {
    docx.close()
}

// what the template lacks is said once, naming the styles
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[WARNING] src/report/northwind.dotx: the Word template has no styles 'Subtitle', 'heading 4',")
assert log.contains("'Code', 'Inline Code'")
assert log.contains('Dossier: 1 finding written to')
true
