package io.github.dossier.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links keep web, mail and in-report targets only: a {@code data:} or {@code javascript:} link
 * written in a template (inline, as an autolink, or as a reference) is text in the HTML page and
 * has no link annotation in the PDF, while an ordinary web link stays a link in both.
 */
class LinkSchemesTest {

    private static final String DATA = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==";

    @TempDir
    static Path dir;

    private static Path out;

    @BeforeAll
    static void build() {
        ProjectFixture project = new ProjectFixture(dir).template("01/x", "category: APP", "Links",
                "Open [the invoice](" + DATA + ") or <data:text/html,hello> or [a script](javascript:alert(1))"
                        + " or [DATA: upper case](DATA:text/html,x) or [by reference][r].\n\n[r]: " + DATA
                        + "\n\nThe vendor's [advisory](https://vendor.example/advisory) and"
                        + " [mail](mailto:a@b.example).",
                "Low", "Low")
                .descriptor(ProjectFixture.header() + "findings:\n  - template: 01/x\n");
        out = dir.resolve("target/dossier");
        ReportWriter.write(project.build(), EnumSet.of(Format.HTML, Format.PDF), out);
    }

    @Test
    void theHtmlPageLinksOnlyToTheWebMailAndItself() throws Exception {
        Document page = Jsoup.parse(Files.readString(out.resolve("report.html")));
        assertThat(page.select("a[href]")).extracting(a -> a.attr("href"))
                .allSatisfy(href -> assertThat(href).matches("(#|https://|mailto:|$).*"))
                .contains("https://vendor.example/advisory", "mailto:a@b.example");
        assertThat(page.select("a[href^=data], a[href^=DATA], a[href^=javascript]")).isEmpty();
        assertThat(page.text()).contains("Open the invoice or", "or a script or DATA: upper case or by reference.");
    }

    @Test
    void thePdfHasNoLinkToADataUri() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(uris).contains("https://vendor.example/advisory")
                .noneMatch(uri -> uri.regionMatches(true, 0, "data:", 0, 5) || uri.startsWith("javascript"));
    }
}
