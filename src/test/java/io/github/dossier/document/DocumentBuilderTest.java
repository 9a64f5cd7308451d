package io.github.dossier.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import io.github.dossier.testing.ProjectFixture;
import io.github.dossier.testing.Rendered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout decisions, made once: chapters, page breaks, labels, ratings, draft marks, the appendix. */
class DocumentBuilderTest {

    @TempDir
    Path dir;

    private ProjectFixture project(String engagement, String description) {
        return new ProjectFixture(dir)
                .template("web/x", "category: APP\ncvss: \"5.3\"", "Open Redirect", description, "Medium", "High")
                .template("net/y", "category: NET\ncvss: \"3.1\"", "Banner", "A banner.", "Low", "Low")
                .file("src/report/intro.md", "# Introduction\n\nShort.\n\n\\newpage\n\n## Aims\n\nMore.")
                .descriptor("engagement:\n  client: Acme\n  title: Test\n  date: 2026-11-20\n" + engagement
                        + "sections:\n  before: [intro.md]\nfindings: [web/x, net/y]\n");
    }

    private Document build(ProjectFixture p) {
        return Rendered.document(p.build());
    }

    @Test
    void pagesBreakOnlyBeforeTheBodyTheFindingsAndWhereTheWriterAsks() {
        Document d = build(project("", "Text."));
        assertThat(d.chapters()).extracting(Chapter::title).extracting(Inline::plain).containsExactly(
                "Document control", "Contents", "Executive summary", "Introduction", "Summary of findings", "Findings");
        assertThat(d.chapters()).filteredOn(Chapter::newPage).extracting(Chapter::id)
                .containsExactly("document-control", "executive-summary", "findings");
        assertThat(chapter(d, "section-intro").blocks()).hasAtLeastOneElementOfType(Block.PageBreak.class);
        assertThat(d.contents()).extracting(ContentsEntry::plain).containsExactly("Executive summary",
                "Introduction", "Aims", "Summary of findings", "Findings", "1. Open Redirect", "2. Banner");
    }

    @Test
    void valuesWrittenAsDataAreShownAsWords() {
        Document d = build(project("  type: internal\n  classification: internal\n", "Text."));
        Block.Fields details = (Block.Fields) chapter(d, "document-control").blocks().get(0);
        assertThat(details.fields()).extracting(f -> f.label() + ": " + f.value().content().plain())
                .contains("Type: Internal", "Classification: Internal");
        assertThat(d.cover().label()).isEqualTo("Internal");
        assertThat(d.frame().header().right()).extracting(PageFrame.Part::text).containsExactly("Internal");
    }

    @Test
    void theCoverAndDocumentControlSayWhoPreparedTheReportAndWhoReceivesIt() {
        Document d = build(project("  company: Northwind Security\n  preparedBy: Red Team\n"
                + "  distribution: [J. Smith, {name: K. Lee, role: CISO}]\n", "Text."));
        assertThat(d.cover().parties()).extracting(f -> f.label() + ": " + f.value().content().plain())
                .containsExactly("Prepared for: Acme", "Prepared by: Northwind Security Red Team");
        Block.Table distribution = chapter(d, "document-control").blocks().stream()
                .filter(b -> b instanceof Block.Table t && t.name().equals("distribution")).map(Block.Table.class::cast)
                .findFirst().orElseThrow();
        assertThat(distribution.columns()).extracting(Column::header).containsExactly("Name", "Role");
        assertThat(distribution.rows()).hasSize(2);
        assertThat(d.info().fields()).containsEntry("company", "Northwind Security").containsEntry("client", "Acme");
    }

    @Test
    void theExecutiveSummaryHoldsTheRatingTheWritersTextAndTheCounts() {
        ProjectFixture p = project("", "Text.").file("src/report/executive-summary.md",
                "# Executive summary\n\nWe found {two||one} issues.");
        List<Block> blocks = chapter(build(p), "executive-summary").blocks();
        Block.Fields rating = (Block.Fields) blocks.get(0);
        assertThat(rating.name()).isEqualTo("rating");
        assertThat(rating.fields().get(0).value().risk()).as("the highest risk found").isEqualTo(Risk.HIGH);
        assertThat(((Block.MarkdownPart) blocks.get(1)).markdown()).isEqualTo("We found two issues.");
        assertThat(blocks.get(2)).isInstanceOf(Block.Paragraph.class);
        assertThat(blocks.get(3)).isInstanceOf(Block.Chart.class);

        Block.Fields given = (Block.Fields) chapter(build(project("  overallRisk: medium\n", "Text.")),
                "executive-summary").blocks().get(0);
        assertThat(given.fields().get(0).value().risk()).isEqualTo(Risk.MEDIUM);
    }

    @Test
    void undecidedValuesAndDraftsAreMarked() {
        Report draft = project("  version: TBC\n", "At {==URL==}.").build(new RenderSettings(true, false));
        Document d = Rendered.document(draft);
        Block.Fields details = (Block.Fields) chapter(d, "document-control").blocks().get(0);
        Field version = details.fields().stream().filter(f -> f.label().equals("Version")).findFirst().orElseThrow();
        assertThat(version.value().content().node().getFirstChild()).isInstanceOf(DraftMark.class);
        assertThat(d.cover().notice()).startsWith("DRAFT");
        assertThat(d.frame().header().right()).extracting(PageFrame.Part::text).containsExactly("DRAFT");
        assertThat(d.info().draft()).isTrue();
    }

    @Test
    void theSourcesAppendixIsAddedOnlyWhenAskedFor() {
        ProjectFixture p = project("", "Text.");
        assertThat(build(p).chapters()).extracting(Chapter::id).doesNotContain("sources");
        Document with = Rendered.document(p.build(), new DocumentSettings(PageSize.A4, null, null, true));
        assertThat(with.chapters().get(with.chapters().size() - 1).id()).isEqualTo("sources");
        assertThat(with.contents()).extracting(ContentsEntry::plain).endsWith("Appendix: finding sources");
    }

    @Test
    void figuresAreNumberedThroughTheDocumentInReadingOrder() {
        ProjectFixture p = project("", "{==SHOT==}").bytes("src/engagement/evidence/a.png", ProjectFixture.PNG);
        p.descriptor("engagement:\n  client: Acme\n  title: Test\nfindings:\n  - template: web/x\n    values:\n"
                + "      SHOT: {image: evidence/a.png, caption: One}\n  - template: web/x\n    key: two\n"
                + "    values:\n      SHOT: {image: evidence/a.png, caption: Two}\n");
        List<String> labels = new ArrayList<>();
        for (Chapter c : build(p).chapters()) {
            figures(c.blocks(), labels);
        }
        assertThat(labels).containsExactly("Figure 1: One", "Figure 2: Two");
    }

    private static void figures(List<Block> blocks, List<String> labels) {
        for (Block b : blocks) {
            if (b instanceof Block.Figure f) {
                labels.add(f.label());
            } else if (b instanceof Block.Group g) {
                figures(g.blocks(), labels);
            }
        }
    }

    private static Chapter chapter(Document d, String id) {
        return d.chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
