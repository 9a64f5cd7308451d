package io.github.dossier.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dossier.engagement.Engagement.Library;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.risk.Level;
import io.github.dossier.risk.Risk;
import io.github.dossier.risk.RiskMatrix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptorLoaderTest {

    private static final String F = "src/engagement/engagement.yaml";

    /** A valid head, so a test can add only the part it is about. Lines 1–3. */
    private static final String HEAD = """
            engagement: {client: Acme, title: Test}
            libraries: [src/findings]
            findings: [web/x]
            """;

    @TempDir
    Path root;

    private final Problems problems = new Problems();

    @BeforeEach
    void createLibrary() throws IOException {
        Files.createDirectories(root.resolve("src/findings"));
        Files.createDirectories(root.resolve("src/engagement"));
    }

    private Path write(String yaml) throws IOException {
        return write(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = root.resolve(F);
        Files.write(file, bytes);
        return file;
    }

    private Optional<Engagement> load(String yaml) throws IOException {
        return new DescriptorLoader(root).load(write(yaml), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    private static Location at(int line, int column) {
        return new Location(F, line, column);
    }

    @Nested
    class ValidDescriptors {

        @Test
        void specExampleMapsToTheModel() throws IOException {
            Optional<Engagement> loaded = load("""
                    engagement:
                      client: Acme Bank plc
                      title: External Infrastructure and Web Application Test
                      reference: ACME-2026-014
                      version: "1.2"
                      date: 2026-11-20
                      type: external            # internal | external | web
                      authors: [A. Tester]
                    libraries: [src/findings]   # template roots, searched in order
                    values:                     # engagement-wide values
                      CLIENT: Acme Bank
                      CLIENTNAME: Acme Bank
                    findings:
                      - template: web/sms-mfa-in-use      # id, or the exact title
                        key: sms-mfa
                        affected: [https://portal.acme.example]
                        plural: false
                        values:
                          URL: https://portal.acme.example/login
                          LOGIN||UPDATE: LOGIN
                          SCREENSHOT: {image: evidence/sms-prompt.png, caption: SMS code prompt}
                        category: APP-CNF
                        options: {1: true}
                        impact: High
                        likelihood: Low
                        cvss: CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N
                        status: open
                    """);

            assertThat(reported()).isEmpty();
            Map<String, Value> engagementValues = new LinkedHashMap<>();
            engagementValues.put("CLIENT", new Value.Text("Acme Bank", at(11, 3)));
            engagementValues.put("CLIENTNAME", new Value.Text("Acme Bank", at(12, 3)));
            Map<String, Value> findingValues = new LinkedHashMap<>();
            findingValues.put("URL", new Value.Text("https://portal.acme.example/login", at(19, 7)));
            findingValues.put("LOGIN||UPDATE", new Value.Text("LOGIN", at(20, 7)));
            findingValues.put("SCREENSHOT", new Value.Image("evidence/sms-prompt.png",
                    root.resolve("src/engagement/evidence/sms-prompt.png"), "SMS code prompt", at(21, 7)));
            Map<String, Location> fields = Map.ofEntries(Map.entry("template", at(14, 15)),
                    Map.entry("key", at(15, 10)), Map.entry("affected", at(16, 15)), Map.entry("plural", at(17, 13)),
                    Map.entry("values", at(19, 7)), Map.entry("category", at(22, 15)),
                    Map.entry("options", at(23, 14)), Map.entry("impact", at(24, 13)),
                    Map.entry("likelihood", at(25, 17)), Map.entry("cvss", at(26, 11)),
                    Map.entry("status", at(27, 13)));
            FindingSpec finding = new FindingSpec("web/sms-mfa-in-use", "sms-mfa",
                    List.of("https://portal.acme.example"), false, findingValues, "APP-CNF",
                    Map.of("1", OptionChoice.ofBoolean("1", true, at(23, 15))), Level.HIGH, Level.LOW,
                    "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", Status.OPEN, at(14, 5), fields);
            Engagement expected = new Engagement(root.resolve(F),
                    new EngagementInfo("Acme Bank plc", "External Infrastructure and Web Application Test",
                            "ACME-2026-014", "1.2", "2026-11-20", "external", List.of("A. Tester"), "",
                            FindingOrder.RISK),
                    List.of(new Library("src/findings", root.resolve("src/findings"), at(9, 13))),
                    engagementValues, List.of(finding), RiskMatrix.standard());
            assertThat(loaded).contains(expected);
            // Records compare maps without order; the written order matters for rendering.
            assertThat(loaded.get().values().keySet()).containsExactly("CLIENT", "CLIENTNAME");
            assertThat(loaded.get().findings().get(0).values().keySet())
                    .containsExactly("URL", "LOGIN||UPDATE", "SCREENSHOT");
        }

        @Test
        void scalarsAreTakenAsWritten() throws IOException {
            Engagement e = load("""
                    engagement:
                      client: 1e3
                      title: yes
                      version: 1.20
                      date: 2026-11-20
                      reference: ._
                      type: Web
                      authors: Jo Bloggs
                      order: Descriptor
                      classification: ~
                    libraries: src/findings
                    values: {1: 0x10, true: false, "DELETE AS APPLICABLE": "", "a || b": .inf, XS: [1, true, ._]}
                    findings: [web/x]
                    """).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.info()).isEqualTo(new EngagementInfo("1e3", "yes", "._", "1.20", "2026-11-20", "web",
                    List.of("Jo Bloggs"), "", FindingOrder.DESCRIPTOR));
            assertThat(e.values()).containsExactly(
                    Map.entry("1", new Value.Text("0x10", at(12, 10))),
                    Map.entry("true", new Value.Text("false", at(12, 19))),
                    Map.entry("DELETE AS APPLICABLE", new Value.Text("", at(12, 32))),
                    Map.entry("a || b", new Value.Text(".inf", at(12, 60))),
                    Map.entry("XS", new Value.Bullets(List.of("1", "true", "._"), at(12, 76))));
            assertThat(e.libraries()).extracting(Library::path).containsExactly("src/findings");
        }

        @Test
        void findingsTakeShorthandsDefaultsAndFileValues() throws IOException {
            Files.createDirectories(root.resolve("lib/extra"));
            Engagement e = load("""
                    engagement: {client: Acme, title: Test}
                    libraries: [src/findings, lib/extra/]
                    findings:
                      - Weak TLS Configuration
                      - template: web/x
                        affected: one.example
                        plural: TRUE
                        status: Fixed
                        impact: n/a
                        options: {AWS: false, 3: 2, "OPTION IF x": True}
                        values:
                          REQUEST: {file: ../evidence/req.http, lang: http}
                          RAW: {file: evidence/req.txt}
                    """).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.libraries()).containsExactly(
                    new Library("src/findings", root.resolve("src/findings"), at(2, 13)),
                    new Library("lib/extra/", root.resolve("lib/extra"), at(2, 27)));
            FindingSpec shorthand = e.findings().get(0);
            assertThat(shorthand).isEqualTo(new FindingSpec("Weak TLS Configuration", null, List.of(), null,
                    Map.of(), null, Map.of(), null, null, null, Status.OPEN, at(4, 5),
                    Map.of("template", at(4, 5))));
            FindingSpec full = e.findings().get(1);
            assertThat(full.affected()).containsExactly("one.example");
            assertThat(full.plural()).isTrue();
            assertThat(full.status()).isEqualTo(Status.FIXED);
            assertThat(full.impact()).isEqualTo(Level.NOT_APPLICABLE);
            assertThat(full.likelihood()).isNull();
            assertThat(full.explicitKey()).isEmpty();
            assertThat(full.options()).containsExactly(
                    Map.entry("AWS", OptionChoice.ofBoolean("AWS", false, at(10, 15))),
                    Map.entry("3", OptionChoice.ofAlternative("3", 2, at(10, 27))),
                    Map.entry("OPTION IF x", OptionChoice.ofBoolean("OPTION IF x", true, at(10, 33))));
            assertThat(full.values()).containsExactly(
                    Map.entry("REQUEST", new Value.File("../evidence/req.http", root.resolve("src/evidence/req.http"),
                            "http", at(12, 7))),
                    Map.entry("RAW", new Value.File("evidence/req.txt",
                            root.resolve("src/engagement/evidence/req.txt"), "", at(13, 7))));
            assertThat(full.locationOf("category")).isEqualTo(full.location());
        }

        @Test
        void librariesDefaultToSrcFindings() throws IOException {
            Engagement e = load("""
                    engagement: {client: Acme, title: Test}
                    findings: [web/x]
                    """).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.libraries()).containsExactly(
                    new Library("src/findings", root.resolve("src/findings"), Location.of(F)));
            assertThat(e.values()).isEmpty();
            assertThat(e.riskMatrix()).isEqualTo(RiskMatrix.standard());
        }

        @Test
        void riskMatrixCellsOverrideTheStandardOnes() throws IOException {
            Engagement e = load(HEAD + """
                    riskMatrix:
                      High: {High: Critical, low: info}
                      medium:
                        Medium: high
                    """).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.riskMatrix()).isEqualTo(RiskMatrix.standard()
                    .with(Level.HIGH, Level.HIGH, Risk.CRITICAL)
                    .with(Level.HIGH, Level.LOW, Risk.INFORMATIONAL)
                    .with(Level.MEDIUM, Level.MEDIUM, Risk.HIGH));
        }

        @Test
        void mergeKeysShareValues() throws IOException {
            Engagement e = load("""
                    engagement: {client: Acme, title: Test}
                    values: &common {HOST: a.example, PORT: "443"}
                    findings:
                      - template: web/x
                        values: {<<: *common, PORT: "8443"}
                    """).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.findings().get(0).values()).containsOnlyKeys("HOST", "PORT");
            assertThat(e.findings().get(0).values().get("PORT")).isEqualTo(new Value.Text("8443", at(5, 27)));
        }

        @Test
        void emptyFindingsListIsOnlyAWarning() throws IOException {
            Optional<Engagement> e = load("""
                    engagement: {client: Acme, title: Test}
                    findings: []
                    """);

            assertThat(e).isPresent();
            assertThat(problems.hasErrors()).isFalse();
            assertThat(reported()).containsExactly(F + ":2:1: no findings — list the findings to report under findings:");
        }

        @Test
        void aDescriptorOutsideTheProjectIsNamedByItsFileName(@TempDir Path elsewhere) throws IOException {
            Path file = elsewhere.resolve("other.yaml");
            Files.writeString(file, "engagement: {client: Acme}\nfindings: [x]\n");

            new DescriptorLoader(root).load(file, problems);

            assertThat(reported()).containsExactly(
                    "other.yaml:1:13: engagement.title is missing — add title: to the engagement section");
        }

        @Test
        void aRelativeDescriptorIsTakenFromTheProjectRoot() throws IOException {
            write(HEAD);

            assertThat(new DescriptorLoader(root).load(Path.of(F), problems)).isPresent();
            assertThat(reported()).isEmpty();
        }
    }

    @Nested
    class UnusableFiles {

        @Test
        void missingFile() {
            Optional<Engagement> e = new DescriptorLoader(root).load(root.resolve(F), problems);

            assertThat(e).isEmpty();
            assertThat(reported()).containsExactly(
                    F + ": descriptor not found — create it or set <descriptor>/-Ddossier.descriptor");
        }

        @Test
        void aFolder() {
            assertThat(new DescriptorLoader(root).load(root.resolve("src"), problems)).isEmpty();
            assertThat(reported()).containsExactly("src: descriptor is a folder, not a file — point <descriptor> at the YAML file");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "# only a comment\n", "\n\n   \n", "---\n...\n", "~\n", "null # nothing\n"})
        void emptyFile(String text) throws IOException {
            assertThat(load(text)).isEmpty();
            assertThat(reported()).containsExactly(
                    F + ": descriptor is empty — write engagement:, libraries: and findings: into it");
        }

        @Test
        void overTheSizeLimit() throws IOException {
            Path file = write(HEAD + "#".repeat(200));

            assertThat(new DescriptorLoader(root, 100).load(file, problems)).isEmpty();
            assertThat(reported()).containsExactly(F + ": descriptor is 284 bytes, over the limit of 100 bytes"
                    + " — keep evidence in separate files ({image: …} or {file: …}) instead of inline");
        }

        @Test
        void theDefaultLimitIsEightMebibytes() throws IOException {
            Path file = write(new byte[(int) DescriptorLoader.DEFAULT_MAX_BYTES + 1]);

            assertThat(new DescriptorLoader(root).load(file, problems)).isEmpty();
            assertThat(reported()).containsExactly(F + ": descriptor is 8388609 bytes, over the limit of 8 MiB"
                    + " — keep evidence in separate files ({image: …} or {file: …}) instead of inline");
        }

        @Test
        void notUtf8() throws IOException {
            byte[] latin1 = "engagement:\n  client: Ünïon Café Bank\n".getBytes(StandardCharsets.ISO_8859_1);

            assertThat(new DescriptorLoader(root).load(write(latin1), problems)).isEmpty();
            assertThat(reported()).containsExactly(F + ":2:11: byte 0xDC is not valid UTF-8 — save the file as UTF-8");
        }

        @Test
        void notUtf8AfterValidMultiByteCharacters() throws IOException {
            byte[] start = "title: Ünïon ".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(start, start.length + 2);
            bytes[start.length] = (byte) 0xC3; // a lead byte followed by one that cannot continue it
            bytes[start.length + 1] = 'x';

            assertThat(new DescriptorLoader(root).load(write(bytes), problems)).isEmpty();
            assertThat(reported()).containsExactly(F + ":1:14: byte 0xC3 is not valid UTF-8 — save the file as UTF-8");
        }

        @Test
        void aByteOrderMarkIsIgnored() throws IOException {
            byte[] text = HEAD.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);

            assertThat(new DescriptorLoader(root).load(write(bytes), problems)).isPresent();
            assertThat(reported()).isEmpty();
        }

        @Test
        void syntaxErrorIsLocatedWithoutSnakeYamlSnippet() throws IOException {
            assertThat(load("""
                    engagement:
                      client: Acme
                      title: [Test
                    findings: []
                    """)).isEmpty();
            assertThat(reported()).containsExactly(F + ":4:9: not valid YAML: expected ',' or ']', but got :"
                    + " (while parsing a flow sequence at line 3:10) — check the indentation, colons and quotes here");
        }

        @Test
        void aColonInAPlainValue() throws IOException {
            assertThat(load("engagement:\n  client: Acme: Bank\n")).isEmpty();
            assertThat(reported()).containsExactly(F + ":2:15: not valid YAML: mapping values are not allowed here"
                    + " — check the indentation, colons and quotes here");
        }

        @Test
        void twoDocuments() throws IOException {
            assertThat(load(HEAD + "---\n" + HEAD)).isEmpty();
            assertThat(reported()).containsExactly(F + ":4:1: not valid YAML: but found another document"
                    + " (expected a single document in the stream at line 1:1)"
                    + " — check the indentation, colons and quotes here");
        }

        @Test
        void undefinedAlias() throws IOException {
            assertThat(load(HEAD + "values: *nothing\n")).isEmpty();
            assertThat(reported()).containsExactly(F + ":4:9: not valid YAML: found undefined alias nothing"
                    + " — check the indentation, colons and quotes here");
        }

        @Test
        void controlCharacter() throws IOException {
            assertThat(load("engagement:\n  client: Ac\u0007me\n")).isEmpty();
            assertThat(reported()).containsExactly(F + ":2:13: character U+0007 is not allowed in YAML"
                    + " — remove it, or write it as an escape in a \"double-quoted\" string");
        }

        @ParameterizedTest
        @ValueSource(strings = {"- a\n- b\n", "just text\n", "42\n", "''\n"})
        void notAMapping(String text) throws IOException {
            assertThat(load(text)).isEmpty();
            assertThat(reported()).containsExactly(F + ":1:1: the descriptor must be a mapping — start with"
                    + " engagement: at the left margin, followed by libraries:, values: and findings:");
        }

        @Test
        void deepNesting() throws IOException {
            String deep = "[".repeat(60) + "]".repeat(60);

            assertThat(load(HEAD + "values: {X: " + deep + "}\n")).isEmpty();
            assertThat(reported()).containsExactly(F + ": descriptor is nested more than 40 levels deep"
                    + " — simplify the YAML; the descriptor is plain data");
        }

        @Test
        void billionLaughsIsStoppedByTheAliasLimit() {
            StringBuilder yaml = new StringBuilder(HEAD).append("values:\n  L0: &l0 [lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++) {
                yaml.append("  L").append(i).append(": &l").append(i).append(" [");
                yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
            }

            Optional<Engagement> e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(yaml.toString()));

            assertThat(e).isEmpty();
            assertThat(reported()).containsExactly(F + ": descriptor uses more than 20 aliases (*name) of lists and"
                    + " mappings — write the repeated parts out instead of using aliases");
        }

        @Test
        void aliasExpansionWithinTheAliasLimitIsStoppedByTheNodeLimit() {
            // 12 aliases of a 5000-item list per finding, 8 aliases of that finding: 480,000 items.
            StringBuilder yaml = new StringBuilder("engagement: {client: Acme, title: Test}\nvalues:\n  BIG: &big [");
            yaml.append(String.join(",", java.util.Collections.nCopies(5000, "x"))).append("]\nfindings:\n");
            yaml.append("  - &f\n    template: web/x\n    values:\n");
            for (int i = 0; i < 12; i++) {
                yaml.append("      V").append(i).append(": *big\n");
            }
            yaml.append("  - *f\n".repeat(8));

            Optional<Engagement> e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(yaml.toString()));

            assertThat(e).isEmpty();
            // Aliased nodes are shared, so the error points at the node where the count ran out.
            assertThat(reported()).containsExactly(F + ":3:574: descriptor expands to more than "
                    + (100_000 + yaml.length()) + " values"
                    + " through aliases — write the repeated parts out instead of using aliases (*name)");
        }

        @Test
        void aSelfReferencingListIsNotFollowedForever() throws IOException {
            Optional<Engagement> e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> load(HEAD + "values: {LOOP: &loop [a, *loop]}\n"));

            assertThat(e).isPresent();
            assertThat(reported()).containsExactly(F + ":4:16: items of the list LOOP must be plain text"
                    + " — write one line of text per '- ' item; nested lists and mappings are not supported");
        }

        @ParameterizedTest
        @ValueSource(strings = {"._", "- ._", "{._: ._}", "[", "{", "&a", "*a", "!", "? ", "- - -", "'", "\"\\x\"",
            ":", "? [a]\n: b\n", "? &a [a]\n: *a\n", "%YAML 1.1\n---\na: b\n", "%TAG ! tag:x,2000:\n---\n!a b: c\n",
            "engagement: !!binary aGk=\n", "a: !!set {x, y}\n", "!!omap [a: 1]\n", "<<: 5\n", "a: {<<: [1]}\n",
            "values: .nan\n", "findings: [{template: ._, options: {._: ._}, impact: ._, values: {._: {image: ._}}}]\n",
            "riskMatrix: {._: {._: ._}}\n", "\t\n", "a: \"\\uD800\"\n", "a: \"\\U0010FFFF\"\n", "@\n", "`\n"})
        void oddInputNeverThrows(String text) {
            assertThatCode(() -> load(text)).doesNotThrowAnyException();
            assertThat(problems.hasErrors()).isTrue();
        }
    }

    @Nested
    class StructureErrors {

        @Test
        void unknownKeysSuggestNearNamesOrListTheAllowedOnes() throws IOException {
            load("""
                    engagement: {client: Acme, title: Test, auhtors: [Me], colour: red}
                    libraries: [src/findings]
                    findigs: []
                    findings:
                      - template: web/x
                        likelyhood: Low
                        notes: check again
                    """);

            assertThat(reported()).containsExactly(
                    F + ":1:41: unknown key 'auhtors' in engagement — did you mean 'authors'?",
                    F + ":1:56: unknown key 'colour' in engagement — allowed keys: client, title, reference, version,"
                            + " date, type, authors, classification, order, history, company, preparedBy, distribution,"
                            + " overallRisk, options, previous, retest",
                    F + ":3:1: unknown key 'findigs' in the descriptor — did you mean 'findings'?",
                    F + ":6:5: unknown key 'likelyhood' in findings[0] — did you mean 'likelihood'?",
                    F + ":7:5: unknown key 'notes' in findings[0] — allowed keys: template, key, affected, plural,"
                            + " values, category, options, editorial, tables, impact, likelihood, cvss, status");
        }

        @Test
        void duplicateKeys() throws IOException {
            load("""
                    engagement:
                      client: Acme
                      title: Test
                      client: Acme Bank
                    findings:
                      - template: web/x
                        values: {URL: a, URL: b}
                    findings: []
                    """);

            assertThat(reported()).containsExactly(
                    F + ":4:3: duplicate key 'client' in engagement (the first is on line 2) — keep only one of them",
                    F + ":7:22: duplicate key 'URL' in findings[0].values (the first is on line 7)"
                            + " — keep only one of them",
                    F + ":8:1: duplicate key 'findings' in the descriptor (the first is on line 5)"
                            + " — keep only one of them");
        }

        @Test
        void missingSections() throws IOException {
            assertThat(load("values: {A: b}\n")).isPresent();

            assertThat(reported()).containsExactly(
                    F + ":1:1: the descriptor has no engagement section — add engagement: with at least client:"
                            + " and title:",
                    F + ":1:1: the descriptor has no findings list — add findings: with one '- template: …' per"
                            + " finding");
        }

        @Test
        void missingAndEmptyRequiredFields() throws IOException {
            load("""
                    engagement:
                      client: ""
                      reference: ACME-1
                    findings:
                      - key: a
                      - template:
                      -
                      - [a, b]
                    """);

            assertThat(reported()).containsExactly(
                    F + ":2:3: engagement.title is missing — add title: to the engagement section",
                    F + ":2:11: engagement.client has no value — write the client after 'client:'",
                    F + ":5:5: findings[0] has no template — write template: with a template id or its exact title",
                    F + ":6:14: findings[1].template has no value — write template: with a template id or its exact"
                            + " title",
                    F + ":7:4: findings[2] is empty — write template: with a template id or its exact title",
                    F + ":8:5: findings[3] must be a mapping or a template name — write template: with a template"
                            + " id or its exact title");
        }

        @Test
        void wrongTypes() throws IOException {
            load("""
                    engagement:
                      client: [Acme]
                      title: {a: b}
                      authors: {name: Me}
                      order: [risk]
                    libraries: {main: src/findings}
                    values: [A, B]
                    findings:
                      - template: web/x
                        affected: [a.example, [b.example]]
                        category: [APP, NET]
                        options: [1]
                        plural: yes
                      - template: web/y
                        affected: {a: b}
                        plural: 1
                    riskMatrix: [High]
                    """);

            assertThat(reported()).containsExactly(
                    F + ":2:11: engagement.client must be a string — write a single value; quote it if it contains"
                            + " ': ' or ' #'",
                    F + ":3:10: engagement.title must be a string — write a single value; quote it if it contains"
                            + " ': ' or ' #'",
                    F + ":4:12: engagement.authors must be a list of strings — write [a, b] or one '- item' per"
                            + " line",
                    F + ":5:10: engagement.order must be a string — write a single value; quote it if it contains"
                            + " ': ' or ' #'",
                    F + ":6:12: libraries must be a list of strings — write [src/findings] or one '- folder' per"
                            + " line",
                    F + ":7:9: values must be a mapping — write 'name: value' lines indented under it",
                    F + ":10:27: findings[0].affected must be a list of strings — write [a, b] or one '- item' per"
                            + " line",
                    F + ":11:15: findings[0].category must be a string — write a single value; quote it if it"
                            + " contains ': ' or ' #'",
                    F + ":12:14: findings[0].options must be a mapping — write 'name: value' lines indented under"
                            + " it",
                    F + ":13:13: findings[0].plural must be true or false — write true or false instead of 'yes'",
                    F + ":15:15: findings[1].affected must be a list of strings — write [a, b] or one '- item' per"
                            + " line",
                    F + ":16:13: findings[1].plural must be true or false — write true or false instead of '1'",
                    F + ":17:13: riskMatrix must be a mapping — write 'name: value' lines indented under it");
        }

        @Test
        void findingsMustBeAList() throws IOException {
            load("engagement: {client: Acme, title: Test}\nfindings: {template: web/x}\n");

            assertThat(reported()).containsExactly(
                    F + ":2:11: findings must be a list — start each finding with '- template: …'");
        }

        @Test
        void badFieldValues() throws IOException {
            load("""
                    engagement: {client: Acme, title: Test, order: severity}
                    findings:
                      - template: web/x
                        key: "sms mfa"
                        impact: Severe
                        likelihood: 5
                        status: closed
                      - template: web/y
                        key: -lead
                    """);

            assertThat(reported()).containsExactly(
                    F + ":1:48: engagement.order 'severity' is not an order — use risk (highest risk first, the"
                            + " default) or descriptor (as written)",
                    F + ":4:10: findings[0].key 'sms mfa' is not a valid key — use letters, digits and _ . / -"
                            + " only, starting with a letter or digit",
                    F + ":5:13: findings[0].impact 'Severe' is not a level — use Low, Medium, High or N/A",
                    F + ":6:17: findings[0].likelihood '5' is not a level — use Low, Medium, High or N/A",
                    F + ":7:13: findings[0].status 'closed' is not a status — use open, fixed, partially fixed, accepted or not retested",
                    F + ":9:10: findings[1].key '-lead' is not a valid key — use letters, digits and _ . / -"
                            + " only, starting with a letter or digit");
        }

        @Test
        void duplicateFindingKeysNameTheFirst() throws IOException {
            Engagement e = load("""
                    engagement: {client: Acme, title: Test}
                    findings:
                      - template: web/x
                        key: tls
                      - template: web/y
                        key: tls/v1.0_old-ciphers
                      - template: web/z
                        key: tls
                    """).orElseThrow();

            assertThat(reported()).containsExactly(F + ":8:10: duplicate finding key 'tls' (the first is on line 4)"
                    + " — give each finding its own key");
            assertThat(e.findings()).extracting(FindingSpec::key).containsExactly("tls", "tls/v1.0_old-ciphers", "tls");
        }

        @ParameterizedTest
        @ValueSource(strings = {"yes", "0", "-1", "1.5", "._", "~", "[1]"})
        void badOptionValues(String value) throws IOException {
            load(HEAD.replace("[web/x]", "[{template: web/x, options: {1: " + value + "}}]"));

            String hint = value.equals("yes") ? "write true or false instead of 'yes'"
                    : "for example {1: true, AWS: false, 3: 2} keeps option 1, drops AWS and keeps the second"
                            + " alternative of group 3";
            if (value.equals("[1]")) {
                assertThat(reported()).containsExactly(F + ":3:43: findings[0].options.1 must be a string"
                        + " — write a single value; quote it if it contains ': ' or ' #'");
            } else {
                assertThat(reported()).containsExactly(F + ":3:43: "
                        + "options value must be true, false or the number of an alternative (or a part's text, for"
                        + " a content choice) — " + hint);
            }
        }

        @Test
        void riskMatrixErrors() throws IOException {
            Engagement e = load(HEAD + """
                    riskMatrix:
                      Huge: {Low: Low}
                      High: {N/A: Low, Medium: Severe, Low: n/a, High: Critical}
                      Low: Medium
                      Medium: {Low:}
                    """).orElseThrow();

            assertThat(reported()).containsExactly(
                    F + ":5:3: unknown impact level 'Huge' in riskMatrix — use Low, Medium or High (N/A has no cell)",
                    F + ":6:10: unknown likelihood level 'N/A' in riskMatrix — use Low, Medium or High (N/A has no"
                            + " cell)",
                    F + ":6:28: unknown risk 'Severe' in riskMatrix — use Informational, Low, Medium, High or"
                            + " Critical",
                    F + ":6:41: unknown risk 'n/a' in riskMatrix — use Informational, Low, Medium, High or"
                            + " Critical",
                    F + ":7:8: riskMatrix.Low must be a mapping — write 'name: value' lines indented under it",
                    F + ":8:12: riskMatrix.Medium.Low has no risk — use Informational, Low, Medium, High or"
                            + " Critical");
            assertThat(e.riskMatrix()).isEqualTo(RiskMatrix.standard().with(Level.HIGH, Level.HIGH, Risk.CRITICAL));
        }

        @Test
        void tagsAreRejectedWhereTheyAre() throws IOException {
            Optional<Engagement> e = load("""
                    engagement: {client: !!java.lang.ProcessBuilder [calc], title: !foo Test}
                    !bar values: {URL: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]}
                    findings:
                      - !!str web/x
                      - template: !!binary d2ViL3k=
                        options: {1: !!int true}
                    """);

            assertThat(e).isPresent();
            assertThat(reported()).containsExactly(
                    F + ":1:22: tags such as '!!java.lang.ProcessBuilder' are not allowed — remove the tag: the descriptor is"
                            + " plain data; quote a value to keep it as text",
                    F + ":1:64: tags such as '!foo' are not allowed — remove the tag: the descriptor is plain data; quote a value"
                            + " to keep it as text",
                    F + ":2:1: tags such as '!bar' are not allowed — remove the tag: the descriptor is plain data; quote a value to"
                            + " keep it as text",
                    F + ":5:15: tags such as '!!binary' are not allowed — remove the tag: the descriptor is plain data; quote a"
                            + " value to keep it as text",
                    F + ":6:18: tags such as '!!int' are not allowed — remove the tag: the descriptor is plain data; quote a value"
                            + " to keep it as text");
            assertThat(e.get().findings()).extracting(FindingSpec::template).containsExactly("web/x");
        }

        @Test
        void manyProblemsAreReportedInOneRun() throws IOException {
            Optional<Engagement> e = load("""
                    engagement:
                      title: Test
                      order: random
                    libraries: [src/findings, ../shared]
                    values:
                      URL:
                    findings:
                      - template: web/x
                        impact: Hihg
                        values: {SHOT: {image: ../../../etc/passwd}}
                      - template: web/y
                        plural: no
                    """);

            assertThat(e).isPresent();
            assertThat(reported()).containsExactly(
                    F + ":2:3: engagement.client is missing — add client: to the engagement section",
                    F + ":3:10: engagement.order 'random' is not an order — use risk (highest risk first, the"
                            + " default) or descriptor (as written)",
                    F + ":4:27: library path '../shared' escapes the project"
                            + " — keep libraries inside the project or install"
                            + " them as Maven artifacts",
                    F + ":6:3: no value for URL — write \"\" to drop an editorial text",
                    F + ":9:13: findings[0].impact 'Hihg' is not a level — use Low, Medium, High or N/A",
                    F + ":10:28: evidence path '../../../etc/passwd' escapes the project"
                            + " — copy the file into the project and name it"
                            + " relative to the descriptor",
                    F + ":12:13: findings[1].plural must be true or false — write true or false instead of 'no'");
        }
    }

    @Nested
    class Values {

        @Test
        void blockValueErrors() throws IOException {
            load(HEAD + """
                    values:
                      A: {imag: a.png}
                      B: {caption: only}
                      C: {image: a.png, file: b.txt}
                      D: {image: a.png, lang: http}
                      E: {image: a.png, captoin: x}
                      F: {image: ~}
                      G: [a, [b], {c: d}, ~]
                      H: {image: [a.png]}
                      I: {file: b.txt, caption: x}
                    """);

            assertThat(reported()).containsExactly(
                    F + ":5:7: unknown key 'imag' in values.A — did you mean 'image'?",
                    F + ":6:6: B needs an image or a file — write {image: path, caption: text} or {file: path,"
                            + " lang: name}",
                    F + ":7:6: C is both an image and a file — give it either image: or file:, not both",
                    F + ":8:21: unknown key 'lang' in values.D — allowed keys: image, caption",
                    F + ":9:21: unknown key 'captoin' in values.E — did you mean 'caption'?",
                    F + ":10:14: values.F.image has no path — write the path relative to the descriptor",
                    F + ":11:10: items of the list G must be plain text — write one line of text per '- ' item;"
                            + " nested lists and mappings are not supported",
                    F + ":11:15: items of the list G must be plain text — write one line of text per '- ' item;"
                            + " nested lists and mappings are not supported",
                    F + ":11:23: items of the list G must be plain text — write one line of text per '- ' item;"
                            + " nested lists and mappings are not supported",
                    F + ":12:14: values.H.image must be a string — write a single value; quote it if it contains"
                            + " ': ' or ' #'",
                    F + ":13:20: unknown key 'caption' in values.I — allowed keys: file, lang");
        }

        @Test
        void emptyValuesAndEmptyNames() throws IOException {
            Engagement e = load(HEAD + """
                    values:
                      NULL: null
                      TILDE: ~
                      EMPTY: ""
                      "": x
                    """).orElseThrow();

            assertThat(reported()).containsExactly(
                    F + ":5:3: no value for NULL — write \"\" to drop an editorial text",
                    F + ":6:3: no value for TILDE — write \"\" to drop an editorial text",
                    F + ":8:3: a value in values has an empty name — write the slot name, choice or editorial text it"
                            + " replaces");
            // refused values stay as Rejected, so templates do not report their keys again as missing
            assertThat(e.values()).containsExactly(Map.entry("NULL", new Value.Rejected(at(5, 3))),
                    Map.entry("TILDE", new Value.Rejected(at(6, 3))), Map.entry("EMPTY", new Value.Text("", at(7, 3))),
                    Map.entry("", new Value.Rejected(at(8, 3))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://evil.example/a.png", "http://x/y", "file:///etc/passwd", "ftp://x/y",
            "data:image/png;base64,AAAA", "HTTPS://X"})
        void remoteEvidenceIsNeverFetched(String url) throws IOException {
            load(HEAD + "values: {SHOT: {image: \"" + url + "\"}}\n");

            assertThat(reported()).containsExactly(
                    F + ":4:24: remote evidence '" + url + "' is never fetched — download it into the project");
        }

        @ParameterizedTest
        @ValueSource(strings = {"../../../x.png", "/etc/passwd", "../../../../../../../../etc/passwd",
            "evidence/../../../../x.png"})
        void evidenceMustStayInsideTheProject(String path) throws IOException {
            load(HEAD + "values: {SHOT: {file: \"" + path + "\"}}\n");

            assertThat(reported()).containsExactly(F + ":4:23: evidence path '" + path + "' escapes the project"
                    + " — copy the file into"
                    + " the project and name it relative to the descriptor");
        }

        @Test
        void evidenceMayUseAnAbsolutePathInsideTheProject() throws IOException {
            Path shot = root.resolve("shots/a.png");
            Engagement e = load(HEAD + "values: {SHOT: {image: \"" + shot + "\"}}\n").orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.values().get("SHOT")).isEqualTo(new Value.Image(shot.toString(), shot, "", at(4, 10)));
        }

        @Test
        void evidenceThroughASymlinkLeavingTheProjectIsRefused(@TempDir Path outside) throws IOException {
            Path link = root.resolve("src/engagement/evidence");
            assumeTrue(trySymlink(link, outside));
            Files.writeString(outside.resolve("secret.txt"), "secret");

            load(HEAD + "values: {A: {file: evidence/secret.txt}, B: {image: evidence/new/later.png}}\n");

            assertThat(reported()).containsExactly(
                    F + ":4:20: evidence path 'evidence/secret.txt' escapes the project"
                            + " — copy the file into the project and name it"
                            + " relative to the descriptor",
                    F + ":4:53: evidence path 'evidence/new/later.png' escapes the project"
                            + " — copy the file into the project and name it"
                            + " relative to the descriptor");
        }

        @Test
        void anEmptyEvidencePath() throws IOException {
            load(HEAD + "values: {A: {file: \" \"}}\n");

            assertThat(reported()).containsExactly(
                    F + ":4:20: evidence path is empty — write a path relative to the descriptor");
        }
    }

    @Nested
    class Libraries {

        @Test
        void librariesMustExistAndStayInsideTheProject() throws IOException {
            Files.writeString(root.resolve("README.md"), "x");
            load("""
                    engagement: {client: Acme, title: Test}
                    libraries:
                      - ../outside
                      - /etc
                      - src/missing
                      - README.md
                      - ""
                      -
                      - src/../src/findings
                    findings: [web/x]
                    """);

            assertThat(reported()).containsExactly(
                    F + ":3:5: library path '../outside' escapes the project"
                            + " — keep libraries inside the project or install them"
                            + " as Maven artifacts",
                    F + ":4:5: library path '/etc' escapes the project"
                            + " — keep libraries inside the project or install them"
                            + " as Maven artifacts",
                    F + ":5:5: library folder not found — create src/missing or correct the path",
                    F + ":6:5: library path is not a folder — name the folder that holds the templates",
                    F + ":7:5: library path is empty — write a path relative to the project",
                    F + ":8:4: libraries must be a list of strings — write [src/findings] or one '- folder' per"
                            + " line");
        }

        @Test
        void librariesAreRelativeToTheProjectNotTheDescriptor() throws IOException {
            Files.createDirectories(root.resolve("src/engagement/findings"));
            Engagement e = load(HEAD.replace("[src/findings]", "[findings, src/findings]")).orElseThrow();

            assertThat(reported()).containsExactly(
                    F + ":2:13: library folder not found — create findings or correct the path");
            assertThat(e.libraries()).extracting(Library::root).containsExactly(root.resolve("src/findings"));
        }

        @Test
        void aMissingDefaultLibrary() throws IOException {
            Files.delete(root.resolve("src/findings"));

            load("engagement: {client: Acme, title: Test}\nfindings: [web/x]\n");

            assertThat(reported()).containsExactly(F + ": library folder not found — create src/findings or list"
                    + " your template folders under libraries:");
        }

        @Test
        void aSymlinkLeavingTheProjectIsRefused(@TempDir Path outside) throws IOException {
            assumeTrue(trySymlink(root.resolve("linked"), outside));

            load(HEAD.replace("[src/findings]", "[linked, linked/sub]"));

            assertThat(reported()).containsExactly(
                    F + ":2:13: library path 'linked' escapes the project"
                            + " — keep libraries inside the project or install"
                            + " them as Maven artifacts",
                    F + ":2:21: library path 'linked/sub' escapes the project"
                            + " — keep libraries inside the project or install"
                            + " them as Maven artifacts");
        }

        @Test
        void aSymlinkInsideTheProjectIsFine() throws IOException {
            assumeTrue(trySymlink(root.resolve("alias"), root.resolve("src/findings")));

            Engagement e = load(HEAD.replace("[src/findings]", "[alias]")).orElseThrow();

            assertThat(reported()).isEmpty();
            assertThat(e.libraries()).extracting(Library::root).containsExactly(root.resolve("alias"));
        }
    }

    private static boolean trySymlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
