package io.github.dossier.output.docx;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

/** A Markdown table as a real Word table: header row repeated, cells with inline formatting. */
final class DocxMarkdownTable {

    private final DocxBody body;
    private final DocxInline inline;

    DocxMarkdownTable(DocxBody body, DocxInline inline) {
        this.body = body;
        this.inline = inline;
    }

    void write(TableBlock block) {
        int rows = 0;
        int columns = 0;
        boolean header = false;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            header |= section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                rows++;
                int cells = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells++;
                }
                columns = Math.max(columns, cells);
            }
        }
        if (rows == 0 || columns == 0) {
            return;
        }
        XWPFTable table = body.table(rows, columns, header);
        int r = 0;
        for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                int c = 0;
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    inline.children((TableCell) cell, DocxTables.cell(table, r, c));
                    if (r == 0 && header) {
                        DocxTables.cell(table, r, c).getRuns().forEach(run -> {
                            run.setBold(true);
                            run.setColor("FFFFFF");
                        });
                    }
                    c++;
                }
                r++;
            }
        }
        body.paragraph(null);
    }
}
