// LanguageTool's English module is a dependency of the plugin in this project's pom: check reads the
// rendered report (en-GB, from engagement.language) and reports each problem where it is written:
// a misspelt word at its template line and column, another in a descriptor value, a grammar error.
// Frobnicator is in src/engagement/dictionary.txt, Quuxifier in the dictionary.txt of the library artifact
// io.github.dossier.it:findings:1.1; code, URLs and host names are not checked.

def log = new File(basedir, 'build.log').getText('UTF-8')
def template = 'src/findings/web/exposed_admin_console.md'

// 1. dossier:check
assert log.contains("[WARNING] ${template}:10:19: possible spelling mistake 'recieve' [MORFOLOGIK_RULE_EN_GB]"
        + " — did you mean 'receive'")
assert log.contains("[WARNING] src/engagement/engagement.yaml:13:28: possible spelling mistake 'managment'"
        + " [MORFOLOGIK_RULE_EN_GB] — did you mean 'management'")
// the grammar error: 'This are' at the template's line 12, column 58
assert log.contains("[WARNING] ${template}:12:58: The singular demonstrative pronoun 'this' does not agree with the"
        + " plural verb 'are'. Did you mean 'these'? ('This') [THIS_NNS] — turn the rule off with"
        + " -Ddossier.spelling.disable=THIS_NNS")
assert log =~ /\[INFO\] Dossier spelling: \d+ texts \(\d+ paragraphs\) checked in English \(GB\) \[en-GB\] in \d+\.\d s: 4 problems/
assert log.contains('[INFO] Dossier check: 1 finding resolves; 4 warnings')
assert !log.contains("'Frobnicator'") && !log.contains("'Quuxifier'")
assert !log.contains("'portal.acme.example'") && !log.contains("'jsp'")

// 2. assemble with -Ddossier.spelling=true: renders, and reports the same problems but the rule turned off
def assemble = log.substring(log.indexOf('dossier.spelling is set'))
assert assemble.contains("[WARNING] ${template}:10:19: possible spelling mistake 'recieve'")
assert !assemble.contains('[THIS_NNS]')
assert new File(basedir, 'target/dossier/report.md').text.contains('content managment system')
true
