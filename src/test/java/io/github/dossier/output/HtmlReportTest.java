package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page: self-contained, escaped, anchored, with draft marks and the house style. */
class HtmlReportTest {

    @TempDir
    Path dir;

    private ProjectFixture project(String description, String values) {
        return new ProjectFixture(dir).bytes("src/engagement/evidence/shot.png", ProjectFixture.PNG)
                .template("web/xss", "category: APP\ncvss: \"6.1\"", "Reflected <b>XSS</b> in {==APP==}", description,
                        "Medium", "High")
                .descriptor(ProjectFixture.header() + "values:\n  APP: Portal <i>\nfindings:\n  - template: web/xss\n"
                        + "    key: xss\n    affected: [\"https://a.example/<x>\"]\n    values:\n" + values);
    }

    private Document html(Report report) throws Exception {
        Path out = dir.resolve("target/dossier");
        ReportWriter.write(report, Set.of(Format.MD, Format.HTML), out);
        return Jsoup.parse(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8));
    }

    @Test
    void textFromTemplatesAndValuesIsEscaped() throws Exception {
        Document page = html(project("Payload {==PAYLOAD==} ran.\n<script>alert('template')</script>\n"
                + "<img src=x onerror=alert(1)>", "      PAYLOAD: \"<script>alert('value')</script>\"\n").build());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img[onerror]")).isEmpty();
        assertThat(page.select("[onerror], [onload], [onclick]")).isEmpty();
        Element finding = page.getElementById("finding-xss");
        assertThat(finding.select("h3").text()).isEqualTo("1. Reflected <b>XSS</b> in Portal <i>");
        assertThat(finding.text()).contains("Payload <script>alert('value')</script> ran.")
                .contains("<script>alert('template')</script>");
        assertThat(finding.select("table.affected td:eq(1)").text()).isEqualTo("https://a.example/<x>");
    }

    @Test
    void pageIsSelfContained() throws Exception {
        Document page = html(project("Proof:\n\n{==SCREENSHOT==}\n\nRemote: ![x](https://evil.example/p.png)",
                "      SCREENSHOT: {image: evidence/shot.png, caption: Login}\n").build());
        assertThat(page.select("img")).singleElement().satisfies(img ->
                assertThat(img.attr("src")).startsWith("data:image/png;base64,iVBORw0KGgo"));
        assertThat(page.select("[src]")).allSatisfy(e -> assertThat(e.attr("src")).startsWith("data:"));
        assertThat(page.select("link, script, iframe, object")).isEmpty();
        assertThat(page.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).doesNotStartWith("javascript:"));
        assertThat(page.select(".missing-image").text()).isEqualTo("[image not embedded: x]");
        assertThat(page.select("style").html()).contains(".risk-high");
    }

    @Test
    void lineBreaksInParagraphsAndHouseStyleLinks() throws Exception {
        Document page = html(project("Host: a\nPort: 443\n\nSee [https://owasp.example/xss]().", "      {}\n").build());
        Element description = page.getElementById("finding-xss");
        assertThat(description.select("p").first().select("br")).hasSize(1);
        assertThat(Files.readString(dir.resolve("target/dossier/report.html"))).contains("<p>Host: a<br />\nPort: 443</p>");
        assertThat(description.select("a").attr("href")).isEqualTo("https://owasp.example/xss");
        assertThat(description.select("a").text()).isEqualTo("https://owasp.example/xss");
    }

    @Test
    void summaryLinksToAnchoredFindings() throws Exception {
        Document page = html(project("x", "      {}\n").build());
        Element row = page.selectFirst(".summary-table tbody tr");
        assertThat(row.select("a").attr("href")).isEqualTo("#finding-xss");
        assertThat(row.select(".risk").text()).isEqualTo("High");
        assertThat(page.getElementById("finding-xss").hasClass("risk-high")).isTrue();
    }

    @Test
    void draftMarksAreHighlighted() throws Exception {
        Document page = html(project("At {==URL==}.", "      {}\n").build(new RenderSettings(true, false)));
        assertThat(page.select("mark.unresolved").text()).isEqualTo("URL");
        assertThat(page.select(".draft-banner")).hasSize(1);
        assertThat(Files.readString(dir.resolve("target/dossier/report.md"))).contains("At {==URL==}.");
    }
}
