import java.security.MessageDigest

// The two builds ran in JVMs a day apart in local time, with different locales, users and
// default encodings (invoker.properties): every output file must be byte for byte the same.
def first = new File(basedir, 'target/dossier')
def second = new File(basedir, 'target/second')

def digests = { File root ->
    def result = [:] as TreeMap
    root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        def name = root.toPath().relativize(f.toPath()).toString().replace('\\', '/')
        result[name] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    }
    result
}
def a = digests(first)
def b = digests(second)
assert a.keySet() == ['evidence/xss-alert.png', 'findings.json', 'report.docx', 'report.html', 'report.md', 'report.pdf'] as Set
assert a == b

// dated by project.build.outputTimestamp (the descriptor gives no date), never by the clock
def md = new File(first, 'report.md').getText('UTF-8')
assert md.contains('| Date | 2026-11-25 |')
// no path of this machine, no user name
assert !md.contains(basedir.absolutePath) && !md.contains('zelda')
def html = new File(first, 'report.html').getText('UTF-8')
assert !html.contains(basedir.absolutePath)
// and the two JVMs really were a day apart: Maven prints its finishing time in the local zone
def log = new File(basedir, 'build.log').getText('UTF-8')
def finished = log.readLines().findAll { it.contains('Finished at:') }
assert finished.size() == 2 && finished[0].endsWith('+14:00') && finished[1].endsWith('-11:00')
true
