package io.github.dossier.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.io.ProjectPaths;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the checker reads of a rendered finding, and where each word is traced back to: no
 * LanguageTool here, only the resolver's source map and commonmark's source spans.
 */
class ProseReaderTest {

    private static final String TEMPLATE = """
            ---
            category: APP
            cvss: "5.3"
            ---
            ### Exposed {==APP==} Backups
            Backups of {==APP==} at {==URL==} are readable by anyone, see [https://acme.example/doc?id=1]().
            Remove `backup.sql` from web.example.com, as {==CLIENT==}'s policy demands ({==REF==}).
            Host: {==HOST==}
            and then some.

            | Item | Value |
            |---|---|
            | Vector | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N |
            | Owner | {==OWNER==} |

            ```
            not prose at all
            ```
            #### Impact: Medium
            Data leaks.
            #### Likelihood: Medium
            Easy.
            #### Recommendation
            Delete them.
            """;

    @TempDir
    Path dir;

    private List<RenderedText> rendered() {
        new ProjectFixture(dir)
                .file("src/findings/web/backups.md", TEMPLATE)
                .template("web/other", "category: APP\ncvss: \"1.0\"", "Other", "Text.", "Low", "Low")
                .descriptor(ProjectFixture.header() + "values:\n  CLIENT: Acme Bank\nfindings:\n"
                        + "  - template: web/backups\n    affected: [a.example]\n    values:\n"
                        + "      APP: the Payroll portal\n      URL: https://pay.acme.example/backup/\n"
                        + "      HOST: pay-01.acme.example\n      REF: \"@web/other\"\n"
                        + "      OWNER: R&D team\n"
                        + "  - {template: web/other, affected: [b.example]}\n");
        SourceMaps maps = new SourceMaps();
        new ReportBuilder(new ReportConfig(dir, Path.of("src/engagement/engagement.yaml"), RenderSettings.strict(),
                false)).recording(maps::forPart).build();
        return maps.texts();
    }

    private static List<Passage> passages(List<RenderedText> texts, String part, int index) {
        return ProseReader.read(texts.stream().filter(t -> t.part().equals(part)).toList().get(index));
    }

    @Test
    void proseIsReadWithoutCodeUrlsHostsIdentifiersOrReferences() {
        List<RenderedText> texts = rendered();

        assertThat(passages(texts, "finding 'web/backups'", 0)).extracting(Passage::text)
                .containsExactly("Exposed the Payroll portal Backups");
        assertThat(passages(texts, "finding 'web/backups'", 1)).extracting(Passage::text).containsExactly(
                "Backups of the Payroll portal at Dummy are readable by anyone, see Dummy.\n\n"
                        + "Remove Dummy from Dummy, as Acme Bank's policy demands (Dummy).\n\n"
                        + "Host: Dummy and then some.",
                "Item", "Value", "Vector", "Owner", "R&D team");
    }

    @Test
    void eachWordIsTracedToItsTemplateLineAndColumnOrItsValue() {
        List<RenderedText> texts = rendered();
        RenderedText description = texts.stream().filter(t -> t.part().equals("finding 'web/backups'")).toList()
                .get(1);
        Passage first = ProseReader.read(description).get(0);
        SourceLocator locator = new SourceLocator(new ProjectPaths(dir));

        assertThat(at(locator, first, "readable")).isEqualTo("src/findings/web/backups.md:6:39");
        assertThat(at(locator, first, "policy")).isEqualTo("src/findings/web/backups.md:7:61");
        assertThat(at(locator, first, "some")).isEqualTo("src/findings/web/backups.md:9:10");
        assertThat(at(locator, first, "Payroll")).isEqualTo("src/engagement/engagement.yaml:12:16");
        assertThat(at(locator, first, "Bank")).isEqualTo("src/engagement/engagement.yaml:7:16");
        // table cells are rewritten after they are written: their words are found in the template or the values
        Passage vector = ProseReader.read(description).get(3);
        assertThat(at(locator, vector, "Vector")).isEqualTo("src/findings/web/backups.md:13:3");
        Passage owner = ProseReader.read(description).get(5);
        assertThat(at(locator, owner, "team")).isEqualTo("src/engagement/engagement.yaml:16:18");
    }

    private static String at(SourceLocator locator, Passage passage, String word) {
        int index = passage.text().indexOf(word);
        return locator.locate(passage.source(), passage.offset(index), word).orElseThrow().toString();
    }
}
