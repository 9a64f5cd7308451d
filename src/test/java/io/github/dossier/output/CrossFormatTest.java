package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.document.Block;
import io.github.dossier.document.Chapter;
import io.github.dossier.document.Document;
import io.github.dossier.document.DocumentSettings;
import io.github.dossier.document.MarkdownSyntax;
import io.github.dossier.document.PageSize;
import io.github.dossier.document.PlainText;
import io.github.dossier.report.Report;
import io.github.dossier.testing.Rendered;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format holds the same report: each one read back with a library (commonmark, jsoup,
 * PDFBox, POI) gives the same chapters, findings, tables (header and number of rows) and figures
 * in the same order as the document they were rendered from. The example has writer sections
 * with tables and figures; the sources appendix is on, so it must be in every format too. Its
 * retest ({@code retest.yaml}) adds the retest summary (sentence, chart, table), the chapter of
 * changes since the previous version and the document control's counts.
 */
class CrossFormatTest {

    /** What a reader finds in a format, in reading order. */
    record Landmarks(List<String> chapters, List<String> findings, List<String> tables, List<String> figures) {
    }

    private static final java.util.Map<String, Path> OUT = new java.util.HashMap<>();
    private static final java.util.Map<String, Landmarks> EXPECTED = new java.util.HashMap<>();
    private static final java.util.Map<String, Report> REPORTS = new java.util.HashMap<>();

    @BeforeAll
    static void write() {
        REPORTS.put("example", ExampleReport.build());
        REPORTS.put("retest", ExampleReport.buildRetest());
        OutputOptions base = ExampleReport.options(PageSize.A4);
        REPORTS.forEach((name, report) -> {
            Path out = Path.of("target/cross-format-" + name).toAbsolutePath();
            ReportWriter.write(report, new OutputOptions(base.formats(), base.pageSize(), base.stylesheet(),
                    base.logo(), base.timestamp(), null, true, List.of()), out);
            OUT.put(name, out);
            EXPECTED.put(name, fromDocument(Rendered.document(report, new DocumentSettings(PageSize.A4, null, null,
                    true))));
        });
    }

    @Test
    void theRetestHasItsSummaryAndTheChangesInEveryFormat() {
        Landmarks retest = EXPECTED.get("retest");
        assertThat(retest.chapters()).containsSubsequence("Document control", "Contents", "Retest summary",
                "Executive summary", "Changes since version 1.1", "Summary of findings", "Findings");
        assertThat(retest.tables()).containsSubsequence("Version|Date|Author|Changes (1 row)",
                "Retest status|Findings (5 rows)", "Finding|Original risk|Risk now|Retest status (5 rows)",
                "Risk|Findings (5 rows)", "Finding|Change|Details (10 rows)");
        assertThat(retest.findings()).hasSize(5);
    }

    @Test
    void theDocumentHasSomethingOfEveryKind() {
        Landmarks expected = EXPECTED.get("example");
        assertThat(expected.chapters()).contains("Document control", "Executive summary", "Findings",
                "Appendix: finding sources");
        assertThat(expected.findings()).hasSize(5);
        assertThat(expected.tables()).contains("Risk|Findings (5 rows)", "System|Address|Environment (3 rows)",
                "#|Finding|Template|Library (5 rows)");
        assertThat(expected.figures()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "retest"})
    void markdown(String name) throws Exception {
        Path out = OUT.get(name);
        Landmarks expected = EXPECTED.get(name);
        assertThat(fromMarkdown(Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "retest"})
    void html(String name) throws Exception {
        Path out = OUT.get(name);
        Landmarks expected = EXPECTED.get(name);
        org.jsoup.nodes.Document page = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        List<String> tables = new ArrayList<>();
        for (Element table : page.select("main table:not(.fields)")) {
            List<String> head = table.select("thead th").eachText().stream().filter(t -> !t.isBlank()).toList();
            tables.add(table(head, table.select("tbody tr").size()));
        }
        assertThat(new Landmarks(page.select("section.chapter > h2").eachText(),
                page.select("section.finding > h3").eachText(), tables,
                page.select("figure.evidence figcaption").eachText())).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "retest"})
    void word(String name) throws Exception {
        Path out = OUT.get(name);
        Landmarks expected = EXPECTED.get(name);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("report.docx")))) {
            assertThat(fromWord(doc)).isEqualTo(expected);
        }
    }

    /** With a client's template (styles of other ids, a cover of its own) Word holds the same report. */
    @ParameterizedTest
    @ValueSource(strings = {"example", "retest"})
    void wordWithTheClientsTemplates(String name) throws Exception {
        Landmarks expected = EXPECTED.get(name);
        Report report = REPORTS.get(name);
        Document document = Rendered.document(report, new DocumentSettings(PageSize.A4, null, null, true));
        for (byte[] template : List.of(io.github.dossier.output.docx.PoiTemplate.bytes(),
                Files.readAllBytes(Path.of("src/test/resources/word-templates/northwind.dotx")))) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new io.github.dossier.output.docx.DocxDocumentRenderer(
                    new io.github.dossier.output.docx.WordTemplate(template)).render(document, bytes);
            try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                assertThat(fromWord(doc)).isEqualTo(expected);
            }
        }
    }

    /** The PDF's outline gives chapters and findings; tables and figures are found in its text, in order. */
    @ParameterizedTest
    @ValueSource(strings = {"example", "retest"})
    void pdf(String name) throws Exception {
        Path out = OUT.get(name);
        Landmarks expected = EXPECTED.get(name);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            List<String> chapters = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (!item.getTitle().equals("Cover")) {
                    chapters.add(item.getTitle());
                }
                if (item.getTitle().equals("Findings")) {
                    item.children().forEach(f -> findings.add(f.getTitle()));
                }
            }
            assertThat(chapters).isEqualTo(expected.chapters());
            assertThat(findings).isEqualTo(expected.findings());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            int at = text.indexOf("Document control");
            for (String table : expected.tables()) {
                for (String word : table.replaceAll(" \\(\\d+ rows?\\)$", "").split("[|\\s]+")) {
                    int found = text.indexOf(word, at);
                    assertThat(found).as("'%s' of table %s after position %d", word, table, at).isNotNegative();
                    at = found;
                }
            }
            at = 0;
            for (String figure : expected.figures()) {
                at = text.indexOf(figure, at);
                assertThat(at).as(figure).isNotNegative();
            }
        }
    }

    private static String table(List<String> header, int rows) {
        return String.join("|", header) + " (" + rows + " row" + (rows == 1 ? "" : "s") + ")";
    }

    private static Landmarks fromDocument(Document document) {
        Landmarks found = new Landmarks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Chapter chapter : document.chapters()) {
            found.chapters().add(chapter.title().plain());
            blocks(chapter.blocks(), found);
        }
        return found;
    }

    private static void blocks(List<Block> blocks, Landmarks found) {
        for (Block block : blocks) {
            if (block instanceof Block.Table t) {
                found.tables().add(table(t.columns().stream().map(c -> c.header()).toList(), t.rows().size()));
            } else if (block instanceof Block.Chart chart) {
                found.tables().add(table(List.of(chart.labelHeader(), chart.countHeader()), chart.bars().size()));
            } else if (block instanceof Block.MarkdownPart part) {
                markdownTables(part.content(), found.tables());
            } else if (block instanceof Block.Figure figure) {
                found.figures().add(figure.label());
            } else if (block instanceof Block.Group group) {
                Block.Heading heading = (Block.Heading) group.blocks().get(0);
                found.findings().add(heading.number() + " " + heading.text().plain());
                blocks(group.blocks(), found);
            }
        }
    }

    private static void markdownTables(Node root, List<String> tables) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<String> head = new ArrayList<>();
                    int rows = 0;
                    for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                            if (section instanceof TableHead) {
                                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                                    head.add(PlainText.of(cell).strip());
                                }
                            } else if (section instanceof TableBody) {
                                rows++;
                            }
                        }
                    }
                    if (head.stream().anyMatch(h -> !h.isBlank())) {
                        tables.add(table(head.stream().filter(h -> !h.isBlank()).toList(), rows));
                    }
                } else {
                    visitChildren(block);
                }
            }
        });
    }

    private static Landmarks fromMarkdown(String md) {
        Node document = Parser.builder().extensions(MarkdownSyntax.extensions()).build().parse(md);
        Landmarks found = new Landmarks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                found.chapters().add(PlainText.of(h));
            } else if (node instanceof Heading h && h.getLevel() == 3 && PlainText.of(h).matches("\\d+\\. .*")) {
                found.findings().add(PlainText.of(h));
            } else if (node instanceof Paragraph p && p.getFirstChild() instanceof Emphasis e
                    && p.getFirstChild().getNext() == null && PlainText.of(e).startsWith("Figure ")) {
                found.figures().add(PlainText.of(e));
            } else if (node instanceof TableBlock) {
                markdownTables(node, found.tables());
            }
        }
        return found;
    }

    /** By name, as Word shows it: a template's heading style may have any id. */
    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        var style = p.getStyle() == null ? null : doc.getStyles().getStyle(p.getStyle());
        return style == null ? "" : style.getName().toLowerCase(java.util.Locale.ROOT);
    }

    private static Landmarks fromWord(XWPFDocument doc) {
        Landmarks found = new Landmarks(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String style = styleName(doc, p);
                if (style.equals("heading 1") || style.equals("toc heading")) {
                    found.chapters().add(p.getText());
                } else if (style.equals("heading 2") && p.getText().matches("\\d+\\. .*")) {
                    found.findings().add(p.getText());
                } else if (style.equals("caption") && p.getText().startsWith("Figure ")) {
                    found.figures().add(p.getText());
                }
            } else if (element instanceof XWPFTable t && t.getRow(0).isRepeatHeader()) {
                XWPFTableRow head = t.getRow(0);
                found.tables().add(table(head.getTableCells().stream().map(c -> c.getText().strip())
                        .filter(h -> !h.isBlank()).toList(), t.getRows().size() - 1));
            }
        }
        return found;
    }
}
