package io.github.dossier.output.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.dossier.history.Comparison;
import io.github.dossier.history.WordDiff;
import java.io.IOException;
import java.util.Map;

/** The {@code changes} object of findings.json: the comparison with the previous version, or null. */
final class ChangesJson {

    private ChangesJson() {
    }

    static void write(JsonGenerator json, Comparison changes) throws IOException {
        if (changes == null) {
            json.writeNullField("changes");
            return;
        }
        json.writeObjectFieldStart("changes");
        json.writeObjectFieldStart("previous");
        json.writeStringField("source", changes.previous().source());
        json.writeStringField("version", changes.previous().version());
        json.writeStringField("sha256", changes.previous().sha256());
        json.writeEndObject();
        json.writeBooleanField("retest", changes.retest());
        FindingsJson.strings(json, "added", changes.added());
        json.writeArrayFieldStart("removed");
        for (Comparison.Removal r : changes.removed()) {
            json.writeStartObject();
            json.writeStringField("key", r.finding().key());
            json.writeStringField("title", r.finding().title());
            json.writeStringField("risk", r.finding().risk());
            json.writeStringField("reason", r.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changed");
        for (Comparison.Changed c : changes.changed()) {
            changed(json, c);
        }
        json.writeEndArray();
        retest(json, changes);
        json.writeEndObject();
    }

    private static void changed(JsonGenerator json, Comparison.Changed c) throws IOException {
        json.writeStartObject();
        json.writeStringField("key", c.key());
        change(json, "risk", c.risk());
        change(json, "cvss", c.cvss());
        change(json, "status", c.status());
        json.writeArrayFieldStart("text");
        for (Map.Entry<String, WordDiff> e : c.text().entrySet()) {
            json.writeStartObject();
            json.writeStringField("part", e.getKey());
            json.writeNumberField("wordsAdded", e.getValue().added());
            json.writeNumberField("wordsRemoved", e.getValue().removed());
            json.writeStringField("summary", e.getValue().summary());
            json.writeEndObject();
        }
        json.writeEndArray();
        FindingsJson.strings(json, "affectedAdded", c.affectedAdded());
        FindingsJson.strings(json, "affectedRemoved", c.affectedRemoved());
        json.writeEndObject();
    }

    private static void change(JsonGenerator json, String name, Comparison.Change change) throws IOException {
        if (change == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("from", change.from());
        json.writeStringField("to", change.to());
        json.writeEndObject();
    }

    /** In a retest: the previous findings per retest status; else null. */
    private static void retest(JsonGenerator json, Comparison changes) throws IOException {
        if (!changes.retest()) {
            json.writeNullField("retestCounts");
            return;
        }
        json.writeObjectFieldStart("retestCounts");
        for (Map.Entry<String, Integer> e : changes.retestCounts().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeNumberField("removed", changes.removed().size());
        json.writeNumberField("total", changes.retested().size());
        json.writeEndObject();
    }
}
