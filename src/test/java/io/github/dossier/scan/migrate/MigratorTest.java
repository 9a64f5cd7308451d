package io.github.dossier.scan.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.scan.ScanRule;
import io.github.dossier.template.TemplateParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dossier:migrate over a library of hand-written scripts (src/test/resources/…/migrate/library):
 * what is rewritten and how, byte-for-byte preservation outside the block, and every script left
 * alone listed with its reason.
 */
class MigratorTest {

    private static final String TLS = "src/findings/02_tls/tls_version_1_0_enabled.md";

    @TempDir
    Path project;

    private final Map<String, byte[]> before = new HashMap<>();

    @BeforeEach
    void copyLibrary() throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("library").toURI());
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = project.resolve("src/findings").resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
                before.put(project.relativize(target).toString().replace('\\', '/'), Files.readAllBytes(target));
            }
        }
    }

    private Migrator.Report migrate(boolean dryRun) {
        return new Migrator(project).migrate(project.resolve("src/findings"), dryRun);
    }

    private String text(String file) throws IOException {
        return Files.readString(project.resolve(file));
    }

    @Test
    void theCommonPatternsBecomeRules() {
        Migrator.Report report = migrate(false);
        assertThat(report.scripts()).isEqualTo(8);
        assertThat(report.migrated()).extracting(Migrator.Migrated::file, Migrator.Migrated::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TLS,
                        "nessus plugins 104743, 157288; affected host; placeholder services"),
                org.assertj.core.groups.Tuple.tuple("src/findings/03_certs/self_signed_certificate.md",
                        "nessus plugins 57582; affected host"),
                org.assertj.core.groups.Tuple.tuple("src/findings/04_ciphers/sweet32.md",
                        "nessus plugins 42873, 65821; affected service; placeholder hosts"),
                // the helpers object and localeCompare sorting, as the users' library writes its scripts
                org.assertj.core.groups.Tuple.tuple("src/findings/07_forms/rdp_without_nla.md",
                        "nessus plugins 58453; affected host; placeholder services"));
    }

    @Test
    void misspeltAndGluedMarkersAndBrokenDelimitersAreRewrittenByteForByteElsewhere() throws IOException {
        String file = "src/findings/08_markers/glued_markers.md";
        Migrator.Report report = migrate(false);
        assertThat(report.rewrites()).containsExactly(
                file + ":6:44: 'OPTIONSecure' → 'OPTION Secure'",
                file + ":6:95: 'OPION' → 'OPTION'",
                file + ":7:22: '{=' → '{=='",
                file + ":7:65: '=}' → '==}'",
                file + ":7:92: '{have|has}' → '{have||has}'",
                file + ":8:4: 'OPTIONAL' → 'OPTION'",
                file + ":10:77: '==)' → '==}'");
        String original = new String(before.get(file), StandardCharsets.UTF_8);
        assertThat(text(file)).isEqualTo(original.replace("{==OPTIONSecure==}", "{==OPTION Secure==}")
                .replace("{==OPION==}", "{==OPTION==}").replace("{=the login page==}", "{==the login page==}")
                .replace("{==the profile page=}", "{==the profile page==}").replace("{have|has}", "{have||has}")
                .replace("{==OPTIONAL It", "{==OPTION It").replace("lifetime==).", "lifetime==}."));
        Problems problems = new Problems();
        io.github.dossier.template.Template t = TemplateParser.parse("m", Path.of("m.md"), "m.md", text(file), problems)
                .orElseThrow();
        assertThat(t.malformations()).isEmpty();
        assertThat(t.groups()).extracting(io.github.dossier.template.Node.Group::label)
                .containsExactly("Secure", "", "It is also shared with the parent domain.");
    }

    @Test
    void everyScriptLeftAloneIsListedWithItsReason() {
        assertThat(migrate(false).skipped()).extracting(Problem::toString).containsExactly(
                "src/findings/05_containers/outdated_base_image.md:4:1: not migrated: it reads Trivy results — write its"
                        + " scan: rules by hand (docs/scans.md); the script is never run",
                "src/findings/06_misc/expired_certificate.md:4:1: not migrated: it queries the scan XML directly —"
                        + " write its scan: rules by hand (docs/scans.md); the script is never run",
                "src/findings/06_misc/unsorted_hosts.md:4:1: not migrated: getAffectedSystems does not sort — write its"
                        + " scan: rules by hand (docs/scans.md); the script is never run",
                "src/findings/06_misc/weak_protocols_detail.md:4:1: not migrated: it reads plugin output (a capture:"
                        + " placeholder may do; write it by hand) — write its scan: rules by hand (docs/scans.md); the"
                        + " script is never run");
    }

    @Test
    void onlyTheGenerationBlockChanges() throws IOException {
        migrate(false);
        assertThat(text(TLS)).isEqualTo(new String(before.get(TLS), StandardCharsets.UTF_8).replace("""
                generation: |
                  function getIssueContext() {
                    return getReportItemsForPluginIds("104743", "157288");
                  }

                  function getAffectedSystems(context) {
                    return Array.from(new Set(context.map(function (item) { return item.hostName; }))).sort();
                  }

                  function getPlaceholderContent(context) {
                    var services = Array.from(new Set(context.map(function (item) { return item.serviceName; }))).sort();
                    return services.map(function (s) { return "- " + s; }).join("\\n");
                  }
                """, """
                scan:
                  nessus: {plugins: [104743, 157288]}
                  affected: host
                  placeholder: services
                """));
        for (String file : List.of("src/findings/03_certs/self_signed_certificate.md",
                "src/findings/04_ciphers/sweet32.md")) {
            assertPreservedAround(file, "scan:");
        }
    }

    @Test
    void filesNotMigratedAreUntouched() throws IOException {
        migrate(false);
        for (String file : List.of("src/findings/01_web/missing_hsts.md",
                "src/findings/05_containers/outdated_base_image.md", "src/findings/06_misc/expired_certificate.md",
                "src/findings/06_misc/unsorted_hosts.md", "src/findings/06_misc/weak_protocols_detail.md")) {
            assertThat(Files.readAllBytes(project.resolve(file))).as(file).isEqualTo(before.get(file));
        }
    }

    @Test
    void theRewrittenTemplatesReadAsRules() throws IOException {
        migrate(false);
        Problems problems = new Problems();
        ScanRule rule = TemplateParser.parse("04_ciphers/sweet32", Path.of("sweet32.md"), "sweet32.md",
                text("src/findings/04_ciphers/sweet32.md"), problems).orElseThrow().frontMatter().scanRule()
                .orElseThrow();
        assertThat(problems.errors()).isEmpty();
        assertThat(rule.selector()).isEqualTo(new ScanRule.Nessus(java.util.Set.of("42873", "65821")));
        assertThat(rule.affected()).isEqualTo(ScanRule.Naming.SERVICE);
        assertThat(rule.placeholder()).isEqualTo(new ScanRule.Listing(ScanRule.Kind.HOSTS));
    }

    @Test
    void aDryRunWritesNothingAndReportsTheSame() throws IOException {
        Migrator.Report dry = migrate(true);
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.migrated()).hasSize(4);
        assertThat(dry.skipped()).hasSize(4);
        assertThat(dry.rewrites()).hasSize(7);
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(project.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void aSecondRunFindsOnlyTheScriptsLeft() {
        migrate(false);
        Migrator.Report again = migrate(false);
        assertThat(again.scripts()).isEqualTo(4);
        assertThat(again.migrated()).isEmpty();
        assertThat(again.rewrites()).isEmpty();
    }

    @Test
    void lineBreaksAndByteOrderMarkAreKept() throws IOException {
        String crlf = "\uFEFF---\r\ncategory: NET\r\ngeneration: |\r\n  function getIssueContext() {\r\n"
                + "    return getReportItemsForPluginIds(\"10863\");\r\n  }\r\n  function getAffectedSystems(c) {\r\n"
                + "    return [...new Set(c.map(i => i.hostName))].sort();\r\n  }\r\n\r\ncvss: \"4\"\r\n---\r\n"
                + "### T\r\nx\r\n#### Impact: Low\r\nx\r\n#### Likelihood: Low\r\nx\r\n#### Recommendation\r\nx\r\n";
        Path file = project.resolve("src/findings/07_x/crlf.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, crlf);
        migrate(false);
        assertThat(Files.readString(file)).isEqualTo("\uFEFF---\r\ncategory: NET\r\nscan:\r\n"
                + "  nessus: {plugins: [10863]}\r\n  affected: host\r\n\r\ncvss: \"4\"\r\n---\r\n"
                + crlf.substring(crlf.indexOf("### T")));
    }

    @Test
    void aTemplateWithRulesAlreadyIsLeftForTheWriter() throws IOException {
        Path file = project.resolve("src/findings/07_x/both.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nscan: {nessus: {plugins: [1]}}\ngeneration: |\n  function getIssueContext() {}\n"
                + "---\n### T\n");
        assertThat(migrate(false).skipped()).extracting(Problem::toString).contains("src/findings/07_x/both.md:3:1:"
                + " not migrated: the template already has scan: rules — remove the generation block by hand once the"
                + " rules do what the script did");
    }

    @Test
    void aLibraryOutsideTheProjectIsRefused() {
        assertThatThrownBy(() -> new Migrator(project.resolve("src")).migrate(project.resolve("elsewhere"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(Problem::toString).containsExactly("elsewhere: library path '"
                                + project.resolve("elsewhere") + "' escapes the project — keep libraries inside the"
                                + " project or install them as Maven artifacts"));
    }

    /** The bytes before the block and after it are the original's; only the block differs. */
    private void assertPreservedAround(String file, String blockStart) throws IOException {
        byte[] old = before.get(file);
        byte[] now = Files.readAllBytes(project.resolve(file));
        String original = new String(old, StandardCharsets.UTF_8);
        int start = original.indexOf("generation:");
        assertThat(Arrays.copyOf(now, start)).isEqualTo(Arrays.copyOf(old, start));
        assertThat(new String(now, StandardCharsets.UTF_8).substring(start)).startsWith(blockStart);
        String tail = original.substring(original.indexOf("\n---\n"));
        assertThat(new String(now, StandardCharsets.UTF_8)).endsWith(tail);
        String oldFront = original.substring(0, original.indexOf("\n---\n"));
        String nowFront = new String(now, StandardCharsets.UTF_8);
        nowFront = nowFront.substring(0, nowFront.indexOf("\n---\n"));
        String afterOld = oldFront.substring(oldFront.indexOf("generation:"));
        afterOld = afterOld.lines().dropWhile(l -> l.startsWith("generation:") || l.startsWith(" ") || l.isBlank())
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(nowFront + "\n").endsWith(afterOld);
    }
}
