package io.github.dossier.scan;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Rules and readers over the hand-written scans in src/test/resources/io/github/dossier/scan. */
final class ScanFixtures {

    static final Location AT = new Location("src/findings/t.md", 2, 1);

    private ScanFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ScanFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScanRule nessus(ScanRule.Naming naming, ScanRule.Placeholder placeholder, String... plugins) {
        return new ScanRule(new ScanRule.Nessus(Set.of(plugins)), naming, placeholder, AT);
    }

    static ScanRule trivy(Set<String> ids, Set<String> packages, Set<String> severities,
            ScanRule.Placeholder placeholder) {
        return new ScanRule(new ScanRule.Trivy(ids, packages, severities), ScanRule.Naming.TARGET, placeholder, AT);
    }

    static ScanRule.Capture capture(String regex, String group) {
        return new ScanRule.Capture(Pattern.compile(regex, Pattern.MULTILINE), group);
    }

    static ScanResults read(List<ScanRule> rules, Problems problems, String... files) {
        List<ScanFiles.Source> sources = java.util.Arrays.stream(files)
                .map(f -> new ScanFiles.Source(resource(f), "scans/" + f, new Location("engagement.yaml", 3, 5)))
                .toList();
        return ScanFiles.read(sources, ScanInterest.of(rules), problems);
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
