package io.github.dossier.hardening;

import static io.github.dossier.hardening.BadInputs.PORTS_FINDING;
import static io.github.dossier.hardening.BadInputs.XSS;
import static io.github.dossier.hardening.BadInputs.XSS_FINDING;
import static io.github.dossier.hardening.BadInputs.c;
import static io.github.dossier.hardening.BadInputs.descriptor;
import static io.github.dossier.hardening.BadInputs.xss;
import static io.github.dossier.hardening.BadInputs.xssTemplate;

import io.github.dossier.hardening.BadInputCatalogueTest.Case;
import io.github.dossier.testing.ProjectFixture;
import java.util.List;

/**
 * Inputs that parse but are built to hurt: duplicate keys that silently change a score, Markdown
 * nested deep enough to overflow a renderer's stack, characters that forge or reorder log lines.
 */
final class StructureCases {

    private static final String REFLECTED = "src/findings/01_web/reflected_xss.md";

    private StructureCases() {
    }

    static List<Case> all() {
        return List.of(
                c("duplicate front-matter key", p -> p.file(REFLECTED, "---\ncategory: APP\ncvss: \"6.1\"\n"
                        + "cvss: \"10.0\"\n---\n### Reflected XSS\n" + XSS + "\n#### Impact: Medium\nx\n"
                        + "#### Likelihood: High\ny\n#### Recommendation\nz\n")),
                c("duplicate key in a scan rule", p -> p.template("01_web/reflected_xss", "category: APP\n"
                        + "cvss: \"6.1\"\nscan:\n  nessus:\n    plugins: [10001]\n    plugins: [10002]",
                        "Reflected XSS", XSS, "Medium", "High")),
                c("block quotes nested too deep in a template", xssTemplate(XSS + "\n\n" + "> ".repeat(40) + "deep")),
                c("images nested too deep in a template", xssTemplate(XSS + "\n\n" + "![".repeat(30) + "x"
                        + "](a.png)".repeat(30))),
                c("list nested too deep in a block value", xss("SCREENSHOT: {image: evidence/shot.png, caption:"
                        + " The alert}", "SCREENSHOT: \"" + "- ".repeat(40) + "deep\"")),
                c("emphasis nested too deep in a writer section", p -> p
                        .file("src/report/introduction.md", "# Introduction\n\nFine.\n\n" + "*a ".repeat(40) + "x"
                                + "*".repeat(40) + "\n")
                        .descriptor(ProjectFixture.header() + "  options: {tls: false}\nvalues:\n  CLIENT: Acme\nsections:\n"
                                + "  before: [introduction.md]\nfindings:\n" + XSS_FINDING + PORTS_FINDING)),
                c("terminal escape and line break in a name", xss("01_web/reflected_xss",
                        "\"01_web/reflected\\e[31m\\n[ERROR] forged\"")),
                c("bidi override in an option label", xss("{2: 1}", "{2: 1, \"TLS\\u202E\": true}")),
                c("zero-width space in a key", p -> p.descriptor(descriptor(XSS_FINDING.replace("key: xss",
                        "key: xss") + PORTS_FINDING.replace("template: 02_net/open_ports",
                        "template: \"02_net/open\\u200B_ports\"")))));
    }
}
