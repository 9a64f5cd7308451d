package io.github.dossier.spelling;

import io.github.dossier.engagement.Value;
import io.github.dossier.render.SourceRecorder;
import io.github.dossier.template.Node;
import java.util.ArrayList;
import java.util.List;

/** Collects every piece of Markdown the report's resolvers write, with where each part came from. */
final class SourceMaps {

    private final List<RenderedText> texts = new ArrayList<>();

    /** A recorder for one part of the report ({@code finding 'sqli'}); each resolve call becomes a text. */
    SourceRecorder forPart(String part) {
        return new Recorder(part);
    }

    /** Everything recorded, in the order it was rendered. */
    List<RenderedText> texts() {
        return List.copyOf(texts);
    }

    private final class Recorder implements SourceRecorder {
        private final String part;
        private final List<RenderedText.Origin> pending = new ArrayList<>();

        Recorder(String part) {
            this.part = part;
        }

        @Override
        public void text(int start, int end, Node.Text text) {
            if (end > start) {
                pending.add(new RenderedText.Origin(start, end, text, null));
            }
        }

        @Override
        public void value(int start, int end, Value value) {
            if (end > start) {
                pending.add(new RenderedText.Origin(start, end, null, value));
            }
        }

        @Override
        public void resolved(String markdown) {
            texts.add(new RenderedText(part, markdown, pending));
            pending.clear();
        }
    }
}
