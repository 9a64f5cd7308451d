// dossier:migrate rewrote the two scripts that follow the common patterns into scan: rules, in
// place, and left the Trivy script alone with its reason; the next build generated findings from
// the scan with the rewritten templates.

def text = { String path -> new File(basedir, path).getText('UTF-8') }
def log = text('build.log')

// only the generation block changed: the rest of the front matter and the body are as written
assert text('src/findings/01_tls/tls_version_1_0_enabled.md') == '''---
category: NET
cvss: "6.5"
report_on_external_network_test: true
scan:
  nessus: {plugins: [104743, 157288]}
  affected: host
  placeholder: services
comment: |
  Check the list of services against the scope before issuing.
---
### TLS Version 1.0 Enabled
The following {services||service} {accept||accepts} connections using TLS 1.0:

{==PLACEHOLDER==}

#### Impact: Low
An attacker able to intercept traffic may be able to decrypt parts of it.
#### Likelihood: Low
The attacks need a privileged network position and many requests.
#### Recommendation
Disable TLS 1.0 and 1.1; offer TLS 1.2 and 1.3 only.
'''
assert text('src/findings/02_certs/self_signed_certificate.md').startsWith('''---
category: NET
cvss: "4.8"
scan:
  nessus: {plugins: [57582]}
  affected: host
report_on_external_network_test: true
---
### Self-Signed Certificate
''')

// the Trivy script is left exactly as it was, and listed with the reason
def trivy = text('src/findings/03_containers/outdated_base_image.md')
assert trivy.contains('generation: |\n  function getIssueContext() {\n    return getTrivyResults()')
assert !trivy.contains('scan:')
assert log.contains('[WARNING] src/findings/03_containers/outdated_base_image.md:4:1: not migrated: it reads Trivy'
        + ' results — write its scan: rules by hand (docs/scans.md); the script is never run')
assert log.contains('[INFO] src/findings/01_tls/tls_version_1_0_enabled.md: rewrote the generation script as scan:'
        + ' nessus plugins 104743, 157288; affected host; placeholder services')
assert log.contains('[INFO] Dossier migrate: 2 of 3 generation scripts rewritten; 1 left as they are')

// the second build: findings generated from the scan by the rewritten rules
// the affected systems as report.md writes them: a numbered table under its heading
def affected = { List systems ->
    '#### Affected system' + (systems.size() == 1 ? '' : 's') + '\n\n| # | System |\n|---:|---|\n' +
            systems.withIndex().collect { s, i -> "| ${i + 1} | $s |" }.join('\n') + '\n'
}
def md = text('target/dossier/report.md')
def headings = md.readLines().findAll { it.startsWith('### ') }
assert headings == ['### 1. Self-Signed Certificate', '### 2. TLS Version 1.0 Enabled']
assert md.contains(affected(['198.51.100.7', 'vpn.acme.example']))
assert md.contains('The following services accept connections using TLS 1.0:\n\n- https://198.51.100.7:8443\n'
        + '- https://vpn.acme.example\n')
assert md.contains(affected(['vpn.acme.example']) + '\n#### Description\n\nThe host listed above presents a certificate')
assert !log.contains('[ERROR]')
true
