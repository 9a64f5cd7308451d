package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.OutputOptionsParser;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html declares, before anything it could govern, a policy that forbids scripts and every
 * load but its own inline styles and data URIs; a stylesheet's images beside it arrive inline.
 * (BrowserCheckTest shows, in Chromium, that the policy holds against a hostile stylesheet.)
 */
class PagePolicyTest {

    @Test
    void thePageForbidsScriptsAndLoadsAndInlinesTheStylesheetsFiles(@TempDir Path dir) throws Exception {
        ProjectFixture project = BadInputs.goodProject(dir).bytes("src/report/img/rule.png", ProjectFixture.PNG)
                .file("src/report/brand.css", ".chapter > h2 { background: url(img/rule.png) repeat-x bottom }\n");
        OutputOptions options = new OutputOptionsParser(dir).parse("html,pdf", "A4",
                dir.resolve("src/report/brand.css"), null, null, null, false);
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(project.build(), options, out);

        Document page = Jsoup.parse(Files.readString(out.resolve("report.html")));
        Element policy = page.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertThat(policy).isNotNull();
        assertThat(policy.attr("content")).isEqualTo("default-src 'none'; img-src data:; font-src data:;"
                + " style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
        assertThat(policy.elementSiblingIndex()).isLessThan(page.head().selectFirst("style").elementSiblingIndex());
        assertThat(page.selectFirst("style.user-stylesheet").data()).contains("url(\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(ProjectFixture.PNG) + "\")").doesNotContain("img/rule.png");
        assertThat(out.resolve("report.pdf")).isNotEmptyFile();
    }
}
