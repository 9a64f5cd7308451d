// dossier:check -Ddossier.spelling=true in a project whose pom adds no LanguageTool module to the
// plugin: the build fails with the XML to add, and no stack trace.

def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('spelling cannot be checked')
assert log.contains('pom.xml: spelling was asked for (dossier.spelling=true), but the plugin has no LanguageTool'
        + ' language module — add it to the dossier-maven-plugin\'s <plugin> element: <dependencies><dependency>'
        + '<groupId>org.languagetool</groupId><artifactId>language-en</artifactId><version>6.6</version>'
        + '</dependency></dependencies>')
assert !log.contains('NoClassDefFoundError') && !log.contains('ClassNotFoundException')
assert log.contains('BUILD FAILURE')
true
