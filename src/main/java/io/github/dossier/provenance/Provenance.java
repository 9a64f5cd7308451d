package io.github.dossier.provenance;

import io.github.dossier.io.Digests;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a report was made from: the plugin's version, each library's coordinates, the descriptor,
 * the previous version's {@code findings.json}, each template (by id), the writer's sections, the
 * scans and every evidence file, each with its SHA-256 over its exact bytes; and one digest over
 * all of them.
 *
 * <p>The <b>manifest</b> is one line per input, in the order of {@link Input.Kind} and then by
 * name: {@code kind TAB name TAB value LF}, where a backslash, tab, carriage return or line feed
 * inside a name or value is written {@code \\}, {@code \t}, {@code \r}, {@code \n} (as jq's
 * {@code @tsv} writes them). The <b>digest</b> is the SHA-256 of the manifest's UTF-8 bytes, in
 * lower-case hex. docs/versions.md shows how to recompute it from {@code findings.json}.
 */
public record Provenance(List<Input> inputs) {

    /** The manifest's order: kind, then name. */
    static final Comparator<Input> ORDER = Comparator.comparing(Input::kind).thenComparing(Input::name);

    public Provenance {
        List<Input> sorted = new ArrayList<>(inputs);
        sorted.sort(ORDER);
        inputs = List.copyOf(sorted);
    }

    /** The manifest text (see the class comment). */
    public String manifest() {
        StringBuilder text = new StringBuilder(inputs.size() * 96);
        for (Input input : inputs) {
            text.append(input.kind().word()).append('\t').append(escape(input.name())).append('\t')
                    .append(escape(input.value())).append('\n');
        }
        return text.toString();
    }

    /** SHA-256 of the manifest's UTF-8 bytes, lower-case hex. */
    public String digest() {
        return Digests.of(manifest());
    }

    /** The plugin's version as recorded, if it is. */
    public Optional<String> pluginVersion() {
        return inputs.stream().filter(i -> i.kind() == Input.Kind.PLUGIN).map(Input::value).findFirst();
    }

    /**
     * Reads a manifest back.
     *
     * @throws IllegalArgumentException naming the line that is not {@code kind TAB name TAB value}
     */
    public static Provenance parse(String manifest) {
        List<Input> inputs = new ArrayList<>();
        String[] lines = manifest.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) {
                break;
            }
            String[] fields = lines[i].split("\t", -1);
            Input.Kind kind = fields.length == 3 ? Input.Kind.of(fields[0]) : null;
            if (kind == null) {
                throw new IllegalArgumentException("line " + (i + 1) + " of the provenance manifest is not"
                        + " 'kind<TAB>name<TAB>value' with a known kind");
            }
            inputs.add(new Input(kind, unescape(fields[1]), unescape(fields[2])));
        }
        return new Provenance(inputs);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
