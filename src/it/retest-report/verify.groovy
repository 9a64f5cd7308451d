// The retest (version 2.0) of the deployed version 1.0: the retest summary (sentence, chart, table)
// comes first, each finding of 1.0 shows its original risk and retest status, findings.json counts
// them; a finding of 1.0 without a retest status fails the strict build where it is written.
import groovy.json.JsonSlurper

def out = new File(basedir, 'target/dossier')
def md = new File(out, 'report.md').getText('UTF-8')
def chapters = md.readLines().findAll { it.startsWith('## ') }
assert chapters.indexOf('## Retest summary') == chapters.indexOf('## Contents') + 1
assert chapters.indexOf('## Retest summary') < chapters.indexOf('## Executive summary')

assert md.contains('Of the 4 findings of version 1.0: 1 fixed, 1 partially fixed, 0 open, 1 accepted and 1 not'
        + ' retested. The retest found 1 new finding.')
assert md.contains('| Retest status | Findings |\n|---|---:|\n| Fixed | 1 |\n| Partially fixed | 1 |\n| Open | 0 |\n'
        + '| Accepted | 1 |\n| Not retested | 1 |')
assert md.contains('| Finding | Original risk | Risk now | Retest status |\n|---|---|---|---|\n'
        + '| [1. SQL Injection](#finding-sqli) | High | High | Partially fixed |\n'
        + '| [2. Reflected Cross-Site Scripting](#finding-xss) | Medium | Medium | Fixed |\n'
        + '| [4. Weak TLS Configuration](#finding-tls) | Low | Low | Accepted |\n'
        + '| [5. SSH Version Disclosure](#finding-ssh) | Informational | Informational | Not retested |')
// a finding's header: its original risk and retest status
assert md.contains('| Risk | High | Original risk | High |')
assert md.contains('| Retest status | Partially fixed | | |')

def json = new JsonSlurper().parseText(new File(out, 'findings.json').getText('UTF-8'))
assert json.changes.retest == true
assert json.changes.retestCounts == ['fixed': 1, 'partially-fixed': 1, 'open': 0, 'accepted': 1, 'not-retested': 1,
                                     'removed': 0, 'total': 4]
assert json.findings.collect { [it.key, it.originalRisk, it.status] } == [
    ['sqli', 'High', 'partially-fixed'], ['xss', 'Medium', 'fixed'], ['listing', null, 'open'],
    ['tls', 'Low', 'accepted'], ['ssh', 'Informational', 'not-retested']]
// the Word file holds the retest summary too
assert new File(out, 'report.docx').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("src/engagement/retest-missing-status.yaml:34:5: finding 'ssh' of version 1.0 has no retest"
        + " status — add status: fixed, partially fixed, open, accepted or not retested to the finding")
true
