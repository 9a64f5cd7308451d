// A malformed CVSS vector fails the build, located where it is written and naming the bad metric;
// every fault is reported at once and no report is written.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('the report cannot be built: 2 errors in src/engagement/engagement.yaml and its templates')
assert log.contains("src/engagement/engagement.yaml:10:11: AV:X is not a CVSS 3.1 value; expected N, A, L or P"
        + " (finding 'xss') — X (Not Defined) is only for optional metrics; AV is a base metric and needs a value")
assert log.contains("src/findings/web/open_redirect.md:3:7: the CVSS 4.0 vector lacks the mandatory metric SA"
        + " (finding 'web/open_redirect') — a CVSS 4.0 vector needs AV, AC, AT, PR, UI, VC, VI, VA, SC, SI and SA")

assert !new File(basedir, 'target/dossier/findings.json').exists()
assert !new File(basedir, 'target/dossier/report.md').exists()
true
