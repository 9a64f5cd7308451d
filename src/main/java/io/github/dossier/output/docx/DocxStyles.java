package io.github.dossier.output.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The styles the document uses, by the ids of {@code styles.xml}. Without a Word template they
 * are Dossier's own. With one, each is the template's style of the same name ({@code heading 1},
 * {@code caption} …, whatever its id in the template's language), and only a style the template
 * lacks is added from ours.
 */
final class DocxStyles {

    /** Styles every document has; a template is never said to lack them. */
    private static final Set<String> BASIC = Set.of("Normal", "DefaultParagraphFont", "TableNormal", "NoList",
            "Header", "Footer");

    private final Map<String, String> ids;

    private DocxStyles(Map<String, String> ids) {
        this.ids = ids;
    }

    /** Dossier's styles, in a document that has none. */
    static DocxStyles ours(XWPFDocument doc) {
        doc.createStyles().setStyles(load());
        return new DocxStyles(Map.of());
    }

    /** The template's styles, with ours added where it lacks one. */
    static DocxStyles merged(XWPFDocument template) {
        XWPFStyles styles = template.createStyles();
        Map<String, String> ids = new HashMap<>();
        for (CTStyle style : load().getStyleArray()) {
            String found = find(styles, style);
            if (found != null) {
                ids.put(style.getStyleId(), found);
            } else {
                styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
            }
        }
        return new DocxStyles(ids);
    }

    /** The names of Dossier's styles a template lacks, as Word shows them. */
    static List<String> missing(XWPFDocument template) {
        XWPFStyles styles = template.getStyles();
        List<String> missing = new ArrayList<>();
        for (CTStyle style : load().getStyleArray()) {
            if (!BASIC.contains(style.getStyleId()) && (styles == null || find(styles, style) == null)) {
                missing.add(style.getName().getVal());
            }
        }
        return missing;
    }

    /** The id of one of our styles in this document. */
    String id(String ours) {
        return ids.getOrDefault(ours, ours);
    }

    /** The template's style of the same name (ignoring case), else of the same id; null when neither. */
    private static String find(XWPFStyles styles, CTStyle ours) {
        String name = ours.getName().getVal().toLowerCase(Locale.ROOT);
        for (CTStyle style : styles.getCtStyles().getStyleArray()) {
            if (style.getName() != null && style.getName().getVal().toLowerCase(Locale.ROOT).equals(name)
                    && style.getType() == ours.getType()) {
                return style.getStyleId();
            }
        }
        XWPFStyle byId = styles.getStyle(ours.getStyleId());
        return byId != null && byId.getType() == ours.getType() ? byId.getStyleId() : null;
    }

    private static CTStyles load() {
        try (InputStream in = DocxStyles.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is missing from the plugin jar");
            }
            return StylesDocument.Factory.parse(in).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException("styles.xml in the plugin jar is unreadable", e);
        } catch (XmlException e) {
            throw new IllegalStateException("styles.xml in the plugin jar is unreadable", e);
        }
    }
}
