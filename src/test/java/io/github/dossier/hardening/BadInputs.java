package io.github.dossier.hardening;

import io.github.dossier.hardening.BadInputCatalogueTest.Case;
import io.github.dossier.testing.ProjectFixture;
import io.github.dossier.io.BuildFolders;
import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.ReportCommit;
import io.github.dossier.output.OutputOptionsParser;
import io.github.dossier.output.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The good project the catalogue breaks, and the ways it breaks it. */
final class BadInputs {

    static final String XSS = "The page at {==URL==} reflects input{s||}.\n\n{==OPTION TLS==} Also over plain HTTP.\n\n"
            + "{==EITHER==} Seen in search. {==OR==} Seen in login.\n\nProof:\n\n{==SCREENSHOT==}\n\nSee {==XREF==}.";
    static final String PORTS = "{==HOST==} exposes {==LOGIN||ADMIN==} ports.";

    static final String XSS_FINDING = "  - template: 01_web/reflected_xss\n    key: xss\n"
            + "    affected: [https://a.example]\n    values:\n      URL: https://a.example/search\n"
            + "      SCREENSHOT: {image: evidence/shot.png, caption: The alert}\n      XREF: '@ports'\n"
            + "    options: {2: 1}\n";
    static final String PORTS_FINDING = "  - template: 02_net/open_ports\n    key: ports\n"
            + "    values: {HOST: gw.a.example, LOGIN||ADMIN: LOGIN}\n";

    private BadInputs() {
    }

    static ProjectFixture goodProject(Path dir) {
        return new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .template("01_web/reflected_xss", "category: APP\ncvss: \"6.1\"", "Reflected XSS", XSS, "Medium", "High")
                .template("02_net/open_ports", "category: NET\ncvss: \"5.3\"", "Open Ports", PORTS, "Low", "Low")
                .descriptor(descriptor(XSS_FINDING + PORTS_FINDING));
    }

    /**
     * What {@code assemble} runs on the project, without Maven: the build folders, the output
     * parameters (every format, with {@code src/report/brand.css} as the stylesheet and
     * {@code src/report/logo.png} as the logo where they exist), the build and the writers, into
     * {@code target/dossier}.
     */
    static void assemble(ProjectFixture project) {
        Path target = project.root.resolve("target");
        BuildFolders.check(target, target.resolve("dossier"), target.resolve("dossier-work"));
        ReportCommit.recover(target.resolve("dossier"));
        Path css = project.root.resolve("src/report/brand.css");
        Path logo = project.root.resolve("src/report/logo.png");
        OutputOptions options = new OutputOptionsParser(project.root).parse("md,html,pdf,docx,json", "A4",
                Files.exists(css) ? css : null, Files.exists(logo) ? logo : null, null, null, false);
        ReportWriter.write(project.build(), options, project.root.resolve("target/dossier"));
    }

    static String descriptor(String findings) {
        return ProjectFixture.header() + "  options: {tls: false}\nvalues:\n  CLIENT: Acme\nfindings:\n" + findings;
    }

    static Case c(String name, UnaryOperator<ProjectFixture> breakIt) {
        return new Case(name, breakIt);
    }

    /** Replaces the descriptor's findings. */
    static UnaryOperator<ProjectFixture> findings(String yaml) {
        return p -> p.descriptor(descriptor(yaml));
    }

    /** Edits the xss finding's entry by replacing text in it. */
    static UnaryOperator<ProjectFixture> xss(String from, String to) {
        return findings(XSS_FINDING.replace(from, to) + PORTS_FINDING);
    }

    /** Replaces the xss template's description. */
    static UnaryOperator<ProjectFixture> xssTemplate(String description) {
        return p -> p.template("01_web/reflected_xss", "category: APP\ncvss: \"6.1\"", "Reflected XSS", description,
                "Medium", "High");
    }

    static UnaryOperator<ProjectFixture> raw(String path, String text) {
        return p -> p.file(path, text);
    }

    static UnaryOperator<ProjectFixture> bytes(String path, byte[] content) {
        return p -> p.bytes(path, content);
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(DescriptorCases.all());
        cases.addAll(TemplateCases.all());
        cases.addAll(StructureCases.all());
        cases.addAll(OutputCases.all());
        cases.addAll(ScanCases.all());
        return cases;
    }

    /** Broken descriptors. */
    static final class DescriptorCases {
        static List<Case> all() {
            String d = "src/engagement/engagement.yaml";
            return List.of(
                    c("broken YAML", raw(d, ProjectFixture.header() + "findings: [a, b\n")),
                    c("empty descriptor", raw(d, "")),
                    c("descriptor not UTF-8", bytes(d, "engagement:\n  client: Z\u00fcrich\n"
                            .getBytes(StandardCharsets.ISO_8859_1))),
                    c("descriptor is a list", raw(d, "- a\n- b\n")),
                    c("misspelt top-level key", raw(d, ProjectFixture.header() + "finding:\n" + PORTS_FINDING)),
                    c("client missing", raw(d, "engagement:\n  title: T\nfindings:\n" + PORTS_FINDING)),
                    c("authors not a list", raw(d, ProjectFixture.header() + "  authors: {a: b}\nfindings:\n"
                            + PORTS_FINDING)),
                    c("unknown order", raw(d, ProjectFixture.header() + "  order: sideways\nfindings:\n"
                            + PORTS_FINDING)),
                    c("misspelt finding key", xss("    values:", "    vaules:")),
                    c("finding without template", findings("  - key: x\n")),
                    c("plural yes", xss("    key: xss\n", "    key: xss\n    plural: yes\n")),
                    c("option value maybe", xss("{2: 1}", "{2: maybe}")),
                    c("unknown status", xss("    key: xss\n", "    key: xss\n    status: closed\n")),
                    c("unknown impact", xss("    key: xss\n", "    key: xss\n    impact: Severe\n")),
                    c("duplicate mapping key", xss("    key: xss\n", "    key: xss\n    key: xss2\n")),
                    c("duplicate finding key", findings(XSS_FINDING + PORTS_FINDING + PORTS_FINDING)),
                    c("java tag", xss("URL: https://a.example/search", "URL: !!java.net.URL https://a.example")),
                    c("evidence escapes the project", xss("evidence/shot.png", "../../../../etc/passwd.png")),
                    c("absolute evidence path", xss("evidence/shot.png", "/etc/hostname.png")),
                    c("remote evidence", xss("evidence/shot.png", "https://evil.example/x.png")),
                    c("library escapes the project", raw(d, ProjectFixture.header() + "libraries: [../elsewhere]\n"
                            + "findings:\n" + PORTS_FINDING)),
                    c("library missing", raw(d, ProjectFixture.header() + "libraries: [src/nothing]\nfindings:\n"
                            + PORTS_FINDING)),
                    c("risk matrix names no risk", raw(d, ProjectFixture.header()
                            + "riskMatrix:\n  Low: {Low: Severe}\nfindings:\n" + PORTS_FINDING)),
                    c("value without text", xss("URL: https://a.example/search", "URL:")),
                    c("key with spaces", xss("key: xss", "key: my xss")));
        }
    }

    /** Broken templates and values that do not resolve. */
    static final class TemplateCases {
        static List<Case> all() {
            String t = "src/findings/01_web/reflected_xss.md";
            return List.of(
                    c("unknown template", xss("01_web/reflected_xss", "01_web/reflected_xs")),
                    c("ambiguous title", p -> p.template("03_x/copy", "category: APP", "Open Ports", "x", "Low", "Low")
                            .descriptor(descriptor(XSS_FINDING + PORTS_FINDING.replace("02_net/open_ports",
                                    "open ports")))),
                    c("template not UTF-8", bytes(t, "### Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))),
                    c("empty template", raw(t, "")),
                    c("template missing a heading", raw(t, "### Reflected XSS\nx\n#### Impact: Low\ny\n")),
                    c("unclosed highlight", xssTemplate("The page at {==URL is open.")),
                    c("unclosed front matter", raw(t, "---\ncategory: APP\n### Reflected XSS\n")),
                    c("broken front matter", raw(t, "---\ncategory: [APP\n---\n### Reflected XSS\nx\n"
                            + "#### Impact: Low\ny\n#### Likelihood: Low\nz\n#### Recommendation\nw\n")),
                    c("external flag not boolean", raw(t, "---\nreport_on_external_network_test: maybe\n---\n"
                            + "### Reflected XSS\nx\n#### Impact: Low\ny\n#### Likelihood: Low\nz\n"
                            + "#### Recommendation\nw\n")),
                    c("missing value with suggestion", xss("URL:", "URl:")),
                    c("choice names no alternative", findings(XSS_FINDING + PORTS_FINDING.replace("LOGIN||ADMIN: LOGIN",
                            "LOGIN||ADMIN: ROOT"))),
                    c("option number out of range", xss("{2: 1}", "{2: 1, 7: true}")),
                    c("option label unknown", xss("{2: 1}", "{2: 1, TSL: true}")),
                    c("either undecided", xss("{2: 1}", "{}")),
                    c("alternative out of range", xss("{2: 1}", "{2: 3}")),
                    c("true on alternatives", xss("{2: 1}", "{2: true}")),
                    c("missing evidence file", xss("evidence/shot.png", "evidence/none.png")),
                    c("image in an inline slot", xss("URL: https://a.example/search",
                            "URL: {image: evidence/shot.png}")),
                    c("reference to no finding", xss("'@ports'", "'@prots'")),
                    c("bad CVSS metric", xss("    key: xss\n", "    key: xss\n    cvss: CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n")),
                    c("score out of range", xss("    key: xss\n", "    key: xss\n    cvss: \"11\"\n")),
                    c("CVSS to be announced", p -> p.template("02_net/open_ports", "category: NET\ncvss: TBA",
                            "Open Ports", PORTS, "Low", "Low")),
                    c("category to be announced", xss("    key: xss\n", "    key: xss\n    category: TODO\n")),
                    c("unknown impact level in heading", p -> p.template("02_net/open_ports", "category: NET",
                            "Open Ports", PORTS, "Severe", "Low")),
                    c("markup nested too deep", xssTemplate("{a||".repeat(40) + "x" + "}".repeat(40))),
                    c("evidence not an image", p -> p.bytes("src/engagement/evidence/shot.bmp", new byte[] {1, 2})
                            .descriptor(descriptor(XSS_FINDING.replace("shot.png", "shot.bmp") + PORTS_FINDING))));
        }
    }
}
