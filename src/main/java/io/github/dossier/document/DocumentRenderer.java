package io.github.dossier.document;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link Document} in one format. A renderer only says how each kind of block looks in
 * its medium; what the document holds, and in what order, is already decided. It writes to a
 * stream, so a large document need not be held twice in memory.
 */
public interface DocumentRenderer {

    /**
     * @throws IOException when the stream cannot be written or the format's engine fails
     */
    void render(Document document, OutputStream out) throws IOException;
}
