package io.github.dossier.output.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * The {@code {{name}}} placeholders of a Word template, found and filled wherever they stand: in
 * the body, tables, headers, footers and text boxes, even where Word has split one over several
 * runs ({@code {{cli}}{@code ent}}}) because of an edit or a spelling mark. The text of a
 * paragraph is read across its runs, and a placeholder's runs give up its text to the first one.
 */
final class Placeholders {

    /** {@code {{client}}}, spaces allowed inside the braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    /** The paragraph the generated report replaces. */
    static final String REPORT = "report";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String PATH = "declare namespace w='" + W + "' ";
    private static final QName SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

    private Placeholders() {
    }

    /** Replaces every known placeholder with its value; unknown ones and {@code {{report}}} stay. */
    static void fill(XWPFDocument doc, Map<String, String> values) {
        paragraphs(doc, texts -> replace(texts, values));
    }

    /** The names of the placeholders the document uses, in order of first use. */
    static List<String> names(XWPFDocument doc) {
        List<String> names = new ArrayList<>();
        paragraphs(doc, texts -> {
            Matcher m = PLACEHOLDER.matcher(joined(texts));
            while (m.find()) {
                if (!names.contains(m.group(1))) {
                    names.add(m.group(1));
                }
            }
        });
        return names;
    }

    /** The text of a paragraph across its runs. */
    static String text(XmlObject paragraph) {
        return joined(texts(paragraph));
    }

    /** Calls {@code action} with the text elements of every paragraph of every part. */
    private static void paragraphs(XWPFDocument doc, Consumer<List<XmlObject>> action) {
        List<XmlObject> roots = new ArrayList<>();
        roots.add(doc.getDocument());
        for (XWPFHeader header : doc.getHeaderList()) {
            roots.add(header._getHdrFtr());
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            roots.add(footer._getHdrFtr());
        }
        for (XmlObject root : roots) {
            for (XmlObject p : root.selectPath(PATH + ".//w:p")) {
                action.accept(texts(p));
            }
        }
    }

    /** The paragraph's own {@code w:t} elements, not those of a text box anchored in it. */
    private static List<XmlObject> texts(XmlObject paragraph) {
        List<XmlObject> own = new ArrayList<>();
        try (XmlCursor at = paragraph.newCursor()) {
            for (XmlObject t : paragraph.selectPath(PATH + ".//w:t")) {
                if (owner(t, at)) {
                    own.add(t);
                }
            }
        }
        return own;
    }

    private static boolean owner(XmlObject text, XmlCursor paragraph) {
        try (XmlCursor c = text.newCursor()) {
            while (c.toParent()) {
                QName name = c.getName();
                if (name != null && W.equals(name.getNamespaceURI()) && "p".equals(name.getLocalPart())) {
                    return c.isAtSamePositionAs(paragraph);
                }
            }
        }
        return false;
    }

    private static String joined(List<XmlObject> texts) {
        StringBuilder sb = new StringBuilder();
        texts.forEach(t -> sb.append(value(t)));
        return sb.toString();
    }

    /** Replaces from the last match back, so the offsets of earlier ones stay valid. */
    private static void replace(List<XmlObject> texts, Map<String, String> values) {
        String all = joined(texts);
        if (!all.contains("{{")) {
            return;
        }
        int[] starts = new int[texts.size()];
        for (int i = 0, at = 0; i < texts.size(); i++) {
            starts[i] = at;
            at += value(texts.get(i)).length();
        }
        List<int[]> matches = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(all);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value != null && !m.group(1).equals(REPORT)) {
                matches.add(new int[] {m.start(), m.end()});
                replacements.add(value);
            }
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            int first = node(starts, matches.get(i)[0]);
            int last = node(starts, matches.get(i)[1] - 1);
            String end = value(texts.get(last));
            String suffix = end.substring(matches.get(i)[1] - starts[last]);
            for (int n = last; n > first; n--) {
                set(texts.get(n), n == last ? suffix : "");
            }
            String start = value(texts.get(first));
            int from = matches.get(i)[0] - starts[first];
            set(texts.get(first), start.substring(0, from) + replacements.get(i)
                    + (first == last ? suffix : ""));
        }
    }

    /** The index of the text element holding character {@code offset}. */
    private static int node(int[] starts, int offset) {
        int i = starts.length - 1;
        while (i > 0 && starts[i] > offset) {
            i--;
        }
        return i;
    }

    private static String value(XmlObject text) {
        try (XmlCursor c = text.newCursor()) {
            return c.getTextValue();
        }
    }

    private static void set(XmlObject text, String value) {
        try (XmlCursor c = text.newCursor()) {
            c.setAttributeText(SPACE, "preserve");
            c.setTextValue(value);
        }
    }
}
