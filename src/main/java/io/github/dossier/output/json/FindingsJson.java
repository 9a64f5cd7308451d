package io.github.dossier.output.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.dossier.history.FindingRecord;
import io.github.dossier.provenance.Input;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.report.FindingPart;
import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportInfo;
import io.github.dossier.risk.CvssScore;
import io.github.dossier.risk.Risk;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * {@code findings.json}: the machine-readable summary of a report for CI, described by
 * {@code findings.schema.json} beside this class. Written with Jackson's streaming generator so that
 * keys come in a fixed order and strings are escaped correctly; formatted with two-space indents,
 * {@code \n} line ends and a final newline on every platform, so equal reports give equal bytes.
 */
public final class FindingsJson {

    /** Raised when the layout of the file changes incompatibly. */
    static final int FORMAT_VERSION = 2;

    private static final JsonFactory FACTORY = new JsonFactory();

    private FindingsJson() {
    }

    /** Writes the file (UTF-8); {@code out} is left open. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            engagement(json, report.info());
            json.writeBooleanField("draft", report.draft());
            counts(json, report.findings());
            json.writeArrayFieldStart("findings");
            for (RenderedFinding finding : report.findings()) {
                finding(json, finding, report.changesIfAny().flatMap(c -> c.previous().finding(finding.key()))
                        .filter(p -> report.isRetest()).map(FindingRecord::risk).orElse(null));
            }
            json.writeEndArray();
            ChangesJson.write(json, report.changes());
            provenance(json, report.provenance());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Two-space indents and {@code \n} everywhere (Jackson defaults to the platform's line end). */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static void engagement(JsonGenerator json, ReportInfo info) throws IOException {
        json.writeObjectFieldStart("engagement");
        json.writeStringField("client", info.client());
        json.writeStringField("title", info.title());
        json.writeStringField("reference", info.reference());
        json.writeStringField("version", info.version());
        json.writeStringField("date", info.date());
        json.writeStringField("type", info.type());
        strings(json, "authors", info.authors());
        json.writeStringField("classification", info.classification());
        json.writeEndObject();
    }

    /** Findings per risk level, every level present, highest first. */
    private static void counts(JsonGenerator json, List<RenderedFinding> findings) throws IOException {
        Map<Risk, Integer> counts = new EnumMap<>(Risk.class);
        for (Risk risk : Risk.values()) {
            counts.put(risk, 0);
        }
        findings.forEach(f -> counts.merge(f.risk(), 1, Integer::sum));
        json.writeObjectFieldStart("counts");
        for (Map.Entry<Risk, Integer> count : counts.entrySet()) {
            json.writeNumberField(count.getKey().slug(), count.getValue());
        }
        json.writeNumberField("total", findings.size());
        json.writeEndObject();
    }

    /** @param originalRisk in a retest, the risk the previous version gave; else null */
    private static void finding(JsonGenerator json, RenderedFinding f, String originalRisk) throws IOException {
        json.writeStartObject();
        json.writeNumberField("number", f.number());
        json.writeStringField("key", f.key());
        json.writeStringField("templateId", f.templateId());
        json.writeStringField("title", f.plainTitle());
        json.writeStringField("category", f.category());
        json.writeStringField("impact", f.impact().label());
        json.writeStringField("likelihood", f.likelihood().label());
        json.writeStringField("risk", f.risk().label());
        cvss(json, f.cvssScore());
        json.writeStringField("status", f.status().slug());
        strings(json, "affected", f.affected());
        if (originalRisk == null) {
            json.writeNullField("originalRisk");
        } else {
            json.writeStringField("originalRisk", originalRisk);
        }
        json.writeObjectFieldStart("text");
        for (FindingPart part : FindingPart.values()) {
            json.writeStringField(part.name().toLowerCase(Locale.ROOT), f.section(part));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Every input with its SHA-256 (or version), in manifest order, and the digest over them. */
    private static void provenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeStringField("digest", provenance.digest());
        json.writeArrayFieldStart("inputs");
        for (Input input : provenance.inputs()) {
            json.writeStartObject();
            json.writeStringField("kind", input.kind().word());
            json.writeStringField("name", input.name());
            json.writeStringField("value", input.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void cvss(JsonGenerator json, CvssScore cvss) throws IOException {
        if (cvss == null) {
            json.writeNullField("cvss");
            return;
        }
        json.writeObjectFieldStart("cvss");
        json.writeStringField("version", cvss.version());
        json.writeStringField("vector", cvss.vector());
        json.writeFieldName("score");
        json.writeNumber(tenths(cvss.score()));
        json.writeFieldName("baseScore");
        json.writeNumber(tenths(cvss.baseScore()));
        json.writeStringField("scoreType", cvss.scoreType());
        json.writeStringField("severity", cvss.severity().label());
        json.writeEndObject();
    }

    /** Always one decimal ({@code 10.0}, {@code 0.0}), never a binary-fraction artefact. */
    private static BigDecimal tenths(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }

    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
