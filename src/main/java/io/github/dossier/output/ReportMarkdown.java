package io.github.dossier.output;

import io.github.dossier.report.RenderedFinding;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.engagement.Revision;
import io.github.dossier.risk.Risk;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * What every format shares about the report's Markdown and layout, for the writers in the
 * sub-packages: one parser (tables, draft marks), what a figure is and how it is captioned, the
 * summary sentence, the CVSS split and the version history rows.
 */
public final class ReportMarkdown {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .customInlineContentParserFactory(new DraftMarkParser.Factory()).build();

    private ReportMarkdown() {
    }

    /** Parses resolved Markdown as the HTML page does. Thread-safe. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Whether a top-level paragraph is a figure: one embedded evidence image alone. */
    public static boolean isFigure(Paragraph paragraph, Map<String, ?> evidence) {
        return Figures.isFigure(paragraph, evidence);
    }

    /** {@code Figure 3: caption}. */
    public static String figureLabel(int number, String caption) {
        return Figure.label(number, caption);
    }

    /** The text of a node's children: literal text and code. */
    public static String plainText(Node node) {
        return PlainText.of(node);
    }

    /** The unresolved text of a draft mark, or null when {@code node} is not one. */
    public static String draftMark(Node node) {
        return node instanceof DraftMark mark ? mark.content() : null;
    }

    /** The executive summary's opening sentence. */
    public static String summarySentence(Map<Risk, Integer> counts) {
        return SummaryText.sentence(counts);
    }

    /** A finding's CVSS score with its severity ({@code 9.8 Critical}), or the value as written. */
    public static String cvssScore(RenderedFinding f) {
        return Cvss.of(f).score();
    }

    /** A finding's CVSS vector, or empty when it gives a plain score. */
    public static String cvssVector(RenderedFinding f) {
        return Cvss.of(f).vector();
    }

    /** The rows of the version history table. */
    /** A label and its value in a details table. */
    public record Detail(String label, String value) {
    }

    /** The cover page's details, without the blank ones. */
    public static List<Detail> coverDetails(EngagementInfo info) {
        return present(List.of(new Detail("Reference", info.reference()), new Detail("Version", info.version()),
                new Detail("Date", info.date()), new Detail("Authors", String.join(", ", info.authors())),
                new Detail("Classification", info.classification())));
    }

    /** The document control table's details, without the blank ones. */
    public static List<Detail> documentDetails(EngagementInfo info) {
        return present(List.of(new Detail("Client", info.client()), new Detail("Title", info.title()),
                new Detail("Reference", info.reference()), new Detail("Version", info.version()),
                new Detail("Date", info.date()), new Detail("Type", info.type()),
                new Detail("Authors", String.join(", ", info.authors())),
                new Detail("Classification", info.classification())));
    }

    private static List<Detail> present(List<Detail> details) {
        return details.stream().filter(d -> !d.value().isBlank()).toList();
    }

    public static List<Revision> history(EngagementInfo info) {
        return HtmlFront.history(info);
    }
}
