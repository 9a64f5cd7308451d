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
        private final List<Value> rewritten = new ArrayList<>();

        Recorder(String part) {
            this.part = part;
        }

        @Override
        public void text(int start, int end, Node.Text text, int from) {
            add(new RenderedText.Origin(start, end, text, from, null));
        }

        @Override
        public void value(int start, int end, Value value) {
            add(new RenderedText.Origin(start, end, null, 0, value));
        }

        /**
         * Keeps pieces apart: when the resolver takes back a character it wrote (a space left by text it
         * dropped), the piece before ends where the new one starts.
         */
        private void add(RenderedText.Origin origin) {
            if (origin.end() <= origin.start()) {
                return;
            }
            while (!pending.isEmpty() && pending.get(pending.size() - 1).start() >= origin.start()) {
                pending.remove(pending.size() - 1);
            }
            if (!pending.isEmpty() && pending.get(pending.size() - 1).end() > origin.start()) {
                RenderedText.Origin last = pending.remove(pending.size() - 1);
                pending.add(new RenderedText.Origin(last.start(), origin.start(), last.text(), last.from(),
                        last.value()));
            }
            pending.add(origin);
        }

        @Override
        public void rewritten(Value value) {
            rewritten.add(value);
        }

        @Override
        public void resolved(String markdown, List<Node> nodes) {
            texts.add(new RenderedText(part, markdown, pending, nodes, rewritten));
            pending.clear();
            rewritten.clear();
        }
    }
}
