package io.github.dossier.authoring;

import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.cvss.CvssFormatException;
import io.github.dossier.risk.cvss.CvssReader;
import io.github.dossier.template.FrontMatter;
import io.github.dossier.template.Node;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** What {@code dossier:list} shows of a template: its title as plain text, its CVSS as a score. */
final class CatalogCells {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private CatalogCells() {
    }

    /**
     * The title without markup: toggles take their plural side, slots show their name, a choice its
     * alternatives ({@code LOGIN/UPDATE}), and Markdown emphasis and code marks are dropped.
     */
    static String title(List<Node> title) {
        StringBuilder sb = new StringBuilder();
        append(title, sb);
        return TEXT.render(MARKDOWN.parse(sb.toString())).replaceAll("\\s+", " ").strip();
    }

    private static void append(List<Node> nodes, StringBuilder sb) {
        for (Node node : nodes) {
            if (node instanceof Node.Text t) {
                sb.append(t.text());
            } else if (node instanceof Node.Toggle t) {
                append(t.plural(), sb);
            } else if (node instanceof Node.Slot s) {
                sb.append(s.name());
            } else if (node instanceof Node.Choice c) {
                for (int i = 0; i < c.alternatives().size(); i++) {
                    sb.append(i > 0 ? "/" : "");
                    append(c.alternatives().get(i), sb);
                }
            } else if (node instanceof Node.Editorial e) {
                append(e.content(), sb);
            } else if (node instanceof Node.Group g && !g.alternatives().isEmpty()) {
                append(g.alternatives().get(0), sb);
            }
        }
    }

    /** The category without markup: a slot ({@code {==APP-DAT/NET==}}) shows the choices it names. */
    static String category(Optional<FrontMatter.Field> field) {
        return field.map(f -> f.isSlot() ? f.slot() : f.text()).map(String::strip).orElse("");
    }

    /**
     * The CVSS as a score and severity ({@code 9.8 Critical}), never a vector: {@code N/A},
     * {@code TBA} when the template leaves it to the finding (a slot, TBA, TBC, TODO), {@code invalid}
     * for what is neither, or empty.
     */
    static String cvss(Optional<FrontMatter.Field> field) {
        if (field.isEmpty()) {
            return "";
        }
        String text = field.get().text().strip();
        if (field.get().isSlot() || FrontMatter.isUndecided(text)) {
            return "TBA";
        }
        if (text.equalsIgnoreCase("N/A")) {
            return "N/A";
        }
        try {
            return CvssReader.read(text).map(CatalogCells::score).orElse("");
        } catch (CvssFormatException e) {
            return "invalid";
        }
    }

    private static String score(CvssScore score) {
        return String.format(Locale.ROOT, "%.1f %s", score.score(), score.severity().label());
    }
}
