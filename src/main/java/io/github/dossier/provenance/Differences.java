package io.github.dossier.provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the inputs a deliverable records differ from the inputs of the working tree, one line per
 * input, for people: what changed, what the deliverable had that is gone, what is new.
 */
public final class Differences {

    private Differences() {
    }

    /**
     * @param recorded what the deliverable says it was made from
     * @param now what the working tree makes it from
     * @return one line per differing input, in manifest order; empty when they are the same
     */
    public static List<String> between(Provenance recorded, Provenance now) {
        Map<String, Input> before = byLabel(recorded);
        Map<String, Input> after = byLabel(now);
        List<Input> all = new ArrayList<>(recorded.inputs());
        now.inputs().stream().filter(i -> !before.containsKey(i.label())).forEach(all::add);
        all.sort(Provenance.ORDER);
        List<String> lines = new ArrayList<>();
        for (Input input : all) {
            Input was = before.get(input.label());
            Input is = after.get(input.label());
            if (was == null) {
                lines.add(input.label() + ": not an input of the deliverable, an input now");
            } else if (is == null) {
                lines.add(input.label() + ": an input of the deliverable, not an input now");
            } else if (!was.value().equals(is.value())) {
                lines.add(input.label() + ": " + describe(was) + " in the deliverable, " + describe(is) + " now");
            }
        }
        return lines;
    }

    private static String describe(Input input) {
        boolean digest = input.value().matches("[0-9a-f]{64}");
        return digest ? "SHA-256 " + input.value().substring(0, 12) + "…" : "'" + input.value() + "'";
    }

    private static Map<String, Input> byLabel(Provenance provenance) {
        Map<String, Input> map = new LinkedHashMap<>();
        provenance.inputs().forEach(i -> map.put(i.label(), i));
        return map;
    }
}
