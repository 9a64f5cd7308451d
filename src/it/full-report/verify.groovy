// Four findings, written out of risk order, rendered into report.md and report.html.

def out = new File(basedir, 'target/dossier')
def md = new File(out, 'report.md').getText('UTF-8')
def html = new File(out, 'report.html').getText('UTF-8')

// Ordered by risk (Critical, High, Medium, Informational) and numbered in that order,
// though the descriptor lists them the other way round.
def headings = md.readLines().findAll { it ==~ /### \d+\. .*/ }
assert headings == ['### 1. SQL Injection', '### 2. Reflected Cross-Site Scripting',
                    '### 3. Weak TLS Configuration', '### 4. SSH Version Disclosure']
assert md.contains('| 1 | [SQL Injection](#finding-sqli) | Critical | 9.8 Critical | APP-INJ | Open |')
assert md.contains('| 4 | [SSH Version Disclosure](#finding-ssh-banner) | Informational | N/A | NET | Open |')

def sentences = [
    // choice by text, engagement slot, finding slot; plural toggle (two affected systems)
    'The LOGIN form of Acme Bank\'s portal passes the username parameter to the database without validation.',
    'The endpoints listed above were affected.',
    'The flaw can be exploited without an account on every affected endpoint.',
    // singular toggles (one affected system)
    'The page listed above echoes the q parameter back to the browser without encoding it.',
    'The SSH server on Acme Bank\'s network announces its exact software version in the connection banner.',
    // option 1 kept (with toggles inside it), the AWS option left out, EITHER/OR alternative 2
    'The services listed above accept connections using TLS 1.0 and TLS 1.1. They also offer cipher suites that use RC4.',
    'The services are reachable only from the internal network.',
    // an engagement value in a later section
    'An attacker could act as a logged-in user of Acme Bank\'s portal who follows a crafted link.',
]
sentences.each { assert md.contains(it): "report.md lacks: $it" }

// the option not chosen and the alternative not picked are gone
assert !md.contains('legacy AWS security policy')
assert !md.contains('reachable from the internet')

// cross-reference @sqli: number and title of the finding, linked to its anchor
assert md.contains('combine this weakness with the flaw described in section [1 (SQL Injection)](#finding-sqli).')

// category slot resolved by the finding's override; impact override rewrites the heading and the risk
assert md.contains('| Risk | Medium | CVSS score | 5.3 Medium |\n| Impact | Medium | Likelihood | Medium |\n'
        + '| Category | NET | Status | Open |')
def tls = md.substring(md.indexOf('### 3. Weak TLS Configuration'), md.indexOf('### 4.'))
assert tls.contains('#### Impact: Medium')
assert !tls.contains('#### Impact: Low')

// {file: …, lang: http} becomes a fenced code block
assert md.contains('''The following request returned the records of every customer:

```http
POST /login HTTP/1.1
Host: portal.acme.example
Content-Type: application/x-www-form-urlencoded

username=alice'+OR+'1'='1&password=x
```''')

// the image block slot: linked beside the report, with its caption
assert md.contains('![Script alert shown on the search page](<evidence/xss-alert.png>)')
assert md.contains('*Figure 1: Script alert shown on the search page*')
assert new File(out, 'evidence/xss-alert.png').bytes == new File(basedir, 'src/engagement/evidence/xss-alert.png').bytes

// [https://…]() links to its own text
assert md.contains('Guidance: [https://cheatsheets.example.org/query-parameterization](<https://cheatsheets.example.org/query-parameterization>)')

// a value is literal text: raw HTML is escaped in Markdown …
assert md.contains('Sending the value \\<script\\>alert(1)\\</script\\> ran script in the tester\'s browser.')

// the writer's comment from the front matter never reaches the report
assert !md.contains('Ask the tester')
assert !md.contains('{==') && !html.contains('{==')

// HTML: the same sentences, anchors per finding, the image inline, no script anywhere
sentences.each { assert html.contains(it): "report.html lacks: $it" }
['finding-sqli', 'finding-xss', 'finding-weak-tls', 'finding-ssh-banner'].each {
    assert html.contains("id=\"$it\""): "report.html has no anchor $it"
}
assert html.contains('<a rel="nofollow" href="#finding-sqli">1 (SQL Injection)</a>')
assert html.contains('<a rel="nofollow" href="https://cheatsheets.example.org/query-parameterization">https://cheatsheets.example.org/query-parameterization</a>')
assert html.contains('<pre><code class="language-http">POST /login HTTP/1.1')
def png = new File(basedir, 'src/engagement/evidence/xss-alert.png').bytes.encodeBase64().toString()
assert html.contains('<img src="data:image/png;base64,' + png + '" alt="Script alert shown on the search page" />')
assert html.contains('<figcaption>Figure 1: Script alert shown on the search page</figcaption>')
assert !html.contains('<script')
assert html.contains('Sending the value &lt;script&gt;alert(1)&lt;/script&gt; ran script in the tester\'s browser.')
assert !html.contains('alert(1)</script>')

// a clean build logs no problems
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Dossier: 4 findings written to')
assert !log.contains('[WARNING]')
assert !log.contains('[ERROR]')
true
