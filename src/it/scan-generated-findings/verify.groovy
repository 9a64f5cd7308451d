// An external engagement with a Nessus scan and a Trivy report and generate: true.
// Generated findings come from the templates whose scan: rules match; affected systems and
// {==PLACEHOLDER==} lists come from the scans; toggles follow the number of affected systems.

def out = new File(basedir, 'target/dossier')
def md = new File(out, 'report.md').getText('UTF-8')
def log = new File(basedir, 'build.log').getText('UTF-8')

def section = { String heading ->
    int start = md.indexOf(heading)
    assert start >= 0: "report.md has no '$heading'"
    int next = md.indexOf('\n### ', start + heading.length())
    md.substring(start, next < 0 ? md.length() : next)
}

// three generated findings, the listed finding that takes its data from the scan, and a manual one,
// ordered by risk
def headings = md.readLines().findAll { it.startsWith('### ') }
assert headings == ['### 1. Vulnerable JSON Web Token Library', '### 2. Outdated OpenSSL in Container Images',
                    '### 3. Outdated TLS Versions', '### 4. Missing HTTP Strict Transport Security',
                    '### 5. TLS Protocol Versions Offered']
// keys: a generated finding's key is its template id
assert md.contains('| 1 | [Vulnerable JSON Web Token Library](#finding-02_containers-vulnerable_jwt_library) | Critical | 9.8 Critical | CNF | Open |')

// the affected systems as report.md writes them: a numbered table under its heading
def affected = { List systems ->
    '#### Affected system' + (systems.size() == 1 ? '' : 's') + '\n\n| # | System |\n|---:|---|\n' +
            systems.withIndex().collect { s, i -> "| ${i + 1} | $s |" }.join('\n') + '\n'
}
// Nessus services: https where the scan shows TLS, default ports dropped, sorted, de-duplicated;
// several systems, so the plural side of the toggles
def services = '''- https://203.0.113.100
- https://MAIL01
- https://portal.acme.example
- https://portal.acme.example:8443
- smtp://MAIL01'''
def tls = section('### 3. Outdated TLS Versions')
assert tls.contains(affected(services.readLines().collect { it.substring(2) }))
assert tls.contains('The following services of Acme Bank accept connections using TLS 1.0 or TLS 1.1:\n\n' + services + '\n')

// a capture over plugin output lists the named group's values; one host, so the singular side
def versions = section('### 5. TLS Protocol Versions Offered')
assert versions.contains(affected(['portal.acme.example']))
assert versions.contains('The host listed above offers these protocol versions:\n\n- TLSv1.0\n- TLSv1.1\n- TLSv1.2\n')

// Trivy: the target names the affected system; packages and vulnerabilities fill the placeholder
def openssl = section('### 2. Outdated OpenSSL in Container Images')
assert openssl.contains(affected(['registry.acme.example/api:1.4 (alpine 3.19.1)']))
assert openssl.contains('The image ships OpenSSL packages with known vulnerabilities:\n\n'
        + '- libcrypto3 3.1.4-r2 (fixed in 3.1.4-r3)\n- openssl 3.1.4-r2\n- openssl 3.1.4-r2 (fixed in 3.1.4-r5)\n')
assert openssl.contains('Rebuild the image with current OpenSSL packages.')
def jwt = section('### 1. Vulnerable JSON Web Token Library')
assert jwt.contains(affected(['app/package-lock.json']))
assert jwt.contains('- CVE-2022-23529 in jsonwebtoken 8.5.1 (fixed in 9.0.0)\n')

// the manual finding keeps its written affected list
assert section('### 4. Missing HTTP Strict Transport Security').contains(affected(['https://portal.acme.example']))

// external engagement: the banner template matched but is not marked for external reports
assert !md.contains('Web Server Banner')
// the script is never run and its template never generated
assert !md.contains('Scripted Finding')
assert !md.contains('{==')

// the log says what each scan held and what each template matched
[
    '[INFO] src/engagement/scans/external.nessus: scan read: 4 hosts, 12 results, 9 kept',
    '[INFO] src/engagement/scans/api-image.json: scan read: 3 targets, 4 vulnerabilities, 4 kept',
    '[INFO] src/findings/01_infrastructure/outdated_tls.md:5:1: scan rules matched 6 results on 5 systems for finding \'tls\'',
    '[INFO] src/findings/01_infrastructure/tls_protocol_versions.md:5:1: scan rules matched 1 result on 1 system; finding generated',
    '[INFO] src/findings/01_infrastructure/web_server_banner.md:4:1: scan rules matched 2 results on 2 systems; not generated: the template is not marked report_on_external_network_test and the engagement is external',
    '[INFO] src/engagement/engagement.yaml:10:11: generate: 3 findings generated; 5 of 5 templates with scan rules matched',
    '[INFO] src/findings: 1 template has a generation script and no scan: rules, so it takes no part in generation (scripts in templates are never run); \'mvn dossier:migrate\' rewrites the common ones',
    'Dossier: 5 findings written to',
].each { assert log.contains(it): "build.log lacks: $it" }
assert !log.contains('[ERROR]')
true
