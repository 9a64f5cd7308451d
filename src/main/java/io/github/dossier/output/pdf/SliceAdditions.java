package io.github.dossier.output.pdf;

import io.github.dossier.document.Document;
import io.github.dossier.output.html.HtmlDocumentRenderer.Part;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What a part of a sliced PDF adds to its page beyond {@link PrintAdditions}: the running header
 * and footer on its first page (only the cover goes bare), the contents' page numbers as text
 * (the engine cannot count pages of other parts), a bookmark per anchor (read back to learn where
 * each anchor landed, then dropped), and links to anchors of other parts marked so that
 * {@link SliceMerge} can point them at their page once every part is laid out. Page numbers in
 * the margin are stamped after the merge.
 */
final class SliceAdditions {

    /** Marks a link to an anchor of another part; the reserved {@code .invalid} domain is never fetched. */
    static final String LINK = "https://dossier.invalid/#";

    /** The first page of a part that is not the document's first keeps the running header and footer. */
    private static final String FRAMED_FIRST = "@page :first {\n"
            + "  @top-center { content: element(header); vertical-align: bottom; width: 100%; padding-bottom: 3mm; }\n"
            + "  @bottom-left { content: element(footer); vertical-align: top; width: 75%; padding-top: 3mm; }\n}\n";

    private static final String CONTENTS = ".toc a::after { content: leader('.') attr(data-page); }\n";

    private SliceAdditions() {
    }

    /**
     * Prepares the page of {@code part}.
     *
     * @param contentsPages the page number each contents line shows, by anchor
     * @return the anchors of the part, bookmarked by their own name
     */
    static Set<String> apply(org.jsoup.nodes.Document page, Document document, Part part,
            Map<String, Integer> contentsPages) {
        page.head().appendElement("style").attr("class", "pdf").appendText(PrintAdditions.css(document)
                + (part.cover() ? "" : FRAMED_FIRST) + CONTENTS);
        PrintAdditions.charts(page, part.chapters());
        Set<String> anchors = new LinkedHashSet<>();
        for (Element element : page.select("main [id]")) {
            anchors.add(element.id());
        }
        for (Element line : page.select(".toc a[href^=#]")) {
            line.attr("data-page", String.valueOf(contentsPages.getOrDefault(line.attr("href").substring(1), 0)));
        }
        for (Element link : page.select("a[href^=#]")) {
            String anchor = link.attr("href").substring(1);
            if (!anchors.contains(anchor)) {
                link.attr("href", LINK + anchor);
            }
        }
        Element bookmarks = page.head().appendElement("bookmarks");
        anchors.forEach(a -> bookmarks.appendElement("bookmark").attr("name", a).attr("href", "#" + a));
        return anchors;
    }
}
