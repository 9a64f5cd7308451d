package io.github.dossier.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dossier.io.Digests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code findings.json} of an earlier version (formats 1 and 2) into a {@link
 * PreviousVersion}. Only a tree of plain values is built; nothing in the file is run or resolved.
 */
public final class PreviousReader {

    /** The largest file read: far beyond a report of ten thousand findings with their text. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private PreviousReader() {
    }

    /**
     * @param source how {@code previous:} names the file, for the record
     * @param bytes the file's bytes
     * @throws IllegalArgumentException saying, for people, why the file is not a findings.json
     */
    public static PreviousVersion read(String source, byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("formatVersion").isInt()
                || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("is not a findings.json written by Dossier (no formatVersion and"
                    + " findings)");
        }
        int format = root.get("formatVersion").asInt();
        if (format < 1 || format > 2) {
            throw new IllegalArgumentException("is a findings.json of format " + format + ", which this version of"
                    + " Dossier does not know (it reads formats 1 and 2)");
        }
        List<FindingRecord> findings = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.get("findings")) {
            findings.add(finding(f, i++));
        }
        return new PreviousVersion(source, root.path("engagement").path("version").asText(""), Digests.of(bytes),
                format >= 2, findings);
    }

    private static FindingRecord finding(JsonNode f, int index) {
        String key = f.path("key").asText("");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("has a finding without a key (findings[" + index + "])");
        }
        JsonNode cvss = f.path("cvss");
        String cvssText = cvss.isObject() ? (cvss.path("vector").isTextual() ? cvss.path("vector").asText()
                : cvss.path("score").asText("")) : "";
        List<String> affected = new ArrayList<>();
        f.path("affected").forEach(a -> affected.add(a.asText()));
        Map<String, String> text = new LinkedHashMap<>();
        f.path("text").fields().forEachRemaining(e -> text.put(e.getKey(), e.getValue().asText("")));
        return new FindingRecord(key, f.path("number").asInt(index + 1), f.path("title").asText(""),
                f.path("risk").asText(""), cvssText, f.path("status").asText(""), affected, text);
    }
}
