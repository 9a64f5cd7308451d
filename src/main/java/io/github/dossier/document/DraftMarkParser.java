package io.github.dossier.document;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Recognises {@code {==…==}} in resolved Markdown as a {@link DraftMark}. Only draft mode leaves
 * such text: values are escaped ({@code \{}), and a backslash escape is consumed before this
 * parser sees the brace, so a value cannot forge a mark.
 */
final class DraftMarkParser implements InlineContentParser {

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new DraftMarkParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        if (!scanner.next("{==")) {
            return ParsedInline.none();
        }
        Position contentStart = scanner.position();
        while (scanner.hasNext()) {
            Position here = scanner.position();
            if (scanner.next("==}")) {
                String content = scanner.getSource(contentStart, here).getContent();
                return ParsedInline.of(new DraftMark(content), scanner.position());
            }
            scanner.next();
        }
        return ParsedInline.none();
    }
}
