// Version 1.0 was deployed to the team's repository (published/), version 1.1 built against it:
// the change chapter, document control and findings.json say what changed; dossier:verify accepted
// 1.1's PDF, then named the evidence file whose byte changed; leaving a finding out without a
// reason failed with a located message.
import com.networknt.schema.InputFormat
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.SpecVersion
import groovy.json.JsonSlurper
import io.github.dossier.output.docx.DocxProvenance
import io.github.dossier.output.pdf.XmpProvenance

def log = new File(basedir, 'build.log').getText('UTF-8')

// 1. every deliverable of 1.0 was published under its classifier and type
def published = new File(basedir, 'published/io/github/dossier/it/report-versions/1.0')
['report.pdf', 'report.docx', 'report.html', 'report.md', 'findings.json'].each { name ->
    def classifier = name.startsWith('findings') ? 'findings' : 'report'
    def file = new File(published, "report-versions-1.0-${classifier}.${name.substring(name.lastIndexOf('.') + 1)}")
    assert file.isFile(): "not deployed: $file"
}
// ... and 1.1 fetched its findings.json back from there (1.0 was never installed locally)
assert log.contains('Downloaded from team: ') && log.contains('report-versions-1.0-findings.json')

// 2. findings.json of 1.1 carries the comparison, and validates against the schema
def out = new File(basedir, 'target/dossier')
def text = new File(out, 'findings.json').getText('UTF-8')
def json = new JsonSlurper().parseText(text)
def changes = json.changes
assert changes.previous.source == 'io.github.dossier.it:report-versions:1.0'
assert changes.previous.version == '1.0'
assert changes.previous.sha256 ==~ /[0-9a-f]{64}/
assert changes.retest == false
assert changes.added == ['listing']
assert changes.removed == [[key: 'ssh', title: 'SSH Version Disclosure', risk: 'Informational',
                            reason: 'Merged into the infrastructure report EX-2026-002']]
def changed = changes.changed.collectEntries { [it.key, it] }
assert changed.keySet() == ['sqli', 'xss', 'tls'] as Set
assert changed.sqli.risk == [from: 'High', to: 'Critical']
assert changed.xss.status == [from: 'open', to: 'fixed']
assert changed.tls.text*.part == ['description']
assert changed.tls.text[0].summary == '4 words added, 1 removed: “1.0.” → “1.0 and TLS 1.1.”'
def schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(io.github.dossier.output.json.FindingsJson.getResourceAsStream('findings.schema.json'))
assert schema.validate(text, InputFormat.JSON).isEmpty()

// 3. the change chapter and document control, in the Markdown as in every format
def md = new File(out, 'report.md').getText('UTF-8')
assert md.contains('### Changes since version 1.0\n')
assert md.contains('| Findings added | 1 | Findings removed | 1 |\n| Findings re-rated | 1 | Status changed | 1 |')
assert md.contains('## Changes since version 1.0\n\nSince version 1.0: 1 finding added, 1 removed, 1 re-rated,'
        + ' 1 with a changed status and 1 with changed text.')
[
    '| [3. Directory Listing Enabled](#finding-listing) | Added | New in this version, risk Medium |',
    '| SSH Version Disclosure (4. in version 1.0) | Removed | Merged into the infrastructure report EX-2026-002 |',
    '| [1. SQL Injection](#finding-sqli) | Re-rated | Risk High → Critical |',
    '| [2. Reflected Cross-Site Scripting](#finding-xss) | Status | Open → Fixed |',
    '| [4. Weak TLS Configuration](#finding-tls) | Text | Description: 4 words added, 1 removed: “1.0.” → “1.0 and TLS 1.1.” |',
].each { assert md.contains(it): "report.md lacks: $it" }

// 4. provenance: the PDF's XMP and the Word file's custom properties record the digest findings.json gives
def digest = json.provenance.digest
assert json.provenance.inputs*.kind.unique() == ['plugin', 'library', 'descriptor', 'previous', 'template', 'evidence']
assert json.provenance.inputs.find { it.kind == 'evidence' }.name == 'src/engagement/evidence/request.http'
def xmp = XmpProvenance.read(new File(out, 'report.pdf').toPath()).get()
assert xmp.digest() == digest && xmp.isIntact()
// (read through the plugin: Groovy's view of POI's property beans needs schema classes the lite jar lacks)
def word = DocxProvenance.read(new File(out, 'report.docx').toPath()).get()
assert word.digest() == digest && word.isIntact()

// 5. dossier:verify: accepted as built, then the changed byte of the evidence file named
assert log.contains("Dossier verify: target/dossier/report.pdf came from exactly these inputs (9 inputs, digest $digest)")
assert log =~ /did not come from these inputs; 1 differs:\n.*  evidence src\/engagement\/evidence\/request\.http: SHA-256 [0-9a-f]{12}… in the deliverable, SHA-256 [0-9a-f]{12}… now/

// 6. a finding of 1.0 left out without a reason fails, located at previous:, naming the key
assert log.contains("src/engagement/v1.1-no-reason.yaml:10:13: finding 'ssh' (SSH Version Disclosure) of version 1.0"
        + " is not in this version — add it back to findings:, or say where it went: removed: {ssh: \"merged into …\"}")
true
