// findings.json: the engagement, every finding in report order with its CVSS, the counts per risk;
// and the file validates against the JSON Schema the plugin ships.
import com.networknt.schema.InputFormat
import com.networknt.schema.JsonSchemaFactory
import com.networknt.schema.SpecVersion
import groovy.json.JsonSlurper

def file = new File(basedir, 'target/dossier/findings.json')
assert file.isFile()
def text = file.getText('UTF-8')
def json = new JsonSlurper().parseText(text)

// stable formatting: two-space indents, \n line ends, a final newline
assert text.startsWith('{\n  "formatVersion": 2,\n  "engagement": {\n    "client": "Acme Bank plc",')
assert !text.contains('\r')
assert text.endsWith('}\n')

assert json.engagement == [client: 'Acme Bank plc', title: 'External Infrastructure Test', reference: 'ACME-2026-021',
                           version: '1.1', date: '2026-11-24', type: 'external',
                           authors: ['A. Tester', 'B. Reviewer'], classification: 'Confidential']
assert json.draft == false

// by risk, then CVSS score (highest first), then descriptor order: the two High findings swap places
assert json.findings*.key == ['sqli', 'xss-login', 'xss-search', '02_network/weak_tls', 'ssh-banner']
assert json.findings*.number == [1, 2, 3, 4, 5]
assert json.findings*.risk == ['Critical', 'High', 'High', 'Low', 'Informational']
assert json.counts == [critical: 1, high: 2, medium: 0, low: 1, informational: 1, na: 0, total: 5]

def sqli = json.findings[0]
assert sqli.templateId == '01_web/sql_injection'
assert sqli.title == 'SQL Injection'
assert sqli.category == 'APP-INJ'
assert sqli.impact == 'High' && sqli.likelihood == 'High'
assert sqli.status == 'accepted'
assert sqli.affected == ['https://api.acme.example/v1/accounts']
assert sqli.cvss == [version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', score: 9.8,
                     baseScore: 9.8, scoreType: 'base', severity: 'Critical']

// the descriptor's vector overrides the template's N/A; v4.0 scores are named after their metric groups
def login = json.findings[1]
assert login.cvss.version == '4.0'
assert login.cvss.vector == 'CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:N'
assert login.cvss.score == 8.5
assert login.cvss.scoreType == 'CVSS-B'
assert login.cvss.severity == 'High'
assert json.findings[2].cvss.score == 6.1 && json.findings[2].cvss.severity == 'Medium'

assert json.findings[3].cvss.score == 3.7 && json.findings[3].cvss.severity == 'Low'
assert json.findings[3].affected == ['portal.acme.example:443', 'api.acme.example:443']

// a plain score has no version or vector
assert json.findings[4].cvss == [version: null, vector: null, score: 5.3, baseScore: 5.3, scoreType: 'given',
                                 severity: 'Medium']

// the schema shipped in the plugin (invoker adds the test class path, which has the validator)
def schemaFile = new File(basedir, '../../classes/io/github/dossier/output/json/findings.schema.json')
def schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile.newInputStream())
def errors = schema.validate(text, InputFormat.JSON)
assert errors.isEmpty(): "findings.json does not match its schema: $errors"
true
