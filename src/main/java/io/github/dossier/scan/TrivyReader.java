package io.github.dossier.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams a Trivy JSON report (SchemaVersion 2): {@code Results[].Target} and, per result,
 * {@code Vulnerabilities[]} with their id, package, versions and severity. Everything else is
 * skipped token by token, so a large report needs memory only for the vulnerabilities kept.
 */
public final class TrivyReader {

    /** The one report layout read. */
    static final int SCHEMA_VERSION = 2;
    /** Longer strings than this are refused: no id, package or target comes near it. */
    static final int MAX_STRING_CHARS = 1024 * 1024;

    /** Deeper nesting than this is refused: a Trivy report nests about six levels. */
    static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS)
                    .maxNestingDepth(MAX_NESTING).build())
            .build();

    /** What a report held, for the log. */
    public record Summary(int targets, long vulnerabilities, int kept) {
    }

    private final ScanInterest interest;

    public TrivyReader(ScanInterest interest) {
        this.interest = interest;
    }

    /** Reads one report into {@code results}; problems are located in {@code display}. */
    public Optional<Summary> read(InputStream in, String display, ScanResults results, Problems problems) {
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(in)) {
            parser = p;
            return new Pass(p, display, problems).run(results);
        } catch (JsonProcessingException e) {
            // limits are reported without a location of their own: the parser knows where it stopped
            JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation()
                    : parser.currentTokenLocation();
            problems.error(location(display, at), "the Trivy report is not valid JSON: " + JsonErrors.describe(e),
                    "run trivy again with --format json");
        } catch (IOException e) {
            problems.error(Location.of(display), "the Trivy report cannot be read: " + e.getMessage(),
                    "check that the file is readable");
        }
        return Optional.empty();
    }

    private static Location location(String display, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? Location.of(display)
                : new Location(display, at.getLineNr(), Math.max(at.getColumnNr(), 0));
    }

    /** One pass over one report. */
    private final class Pass {
        private final JsonParser p;
        private final String display;
        private final Problems problems;
        private final List<TrivyItem> kept = new ArrayList<>();
        private int targets;
        private long vulnerabilities;

        Pass(JsonParser p, String display, Problems problems) {
            this.p = p;
            this.display = display;
            this.problems = problems;
        }

        Optional<Summary> run(ScanResults results) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fail("a Trivy report is a JSON object", "run trivy with --format json");
            }
            Location schemaAt = Location.of(display);
            Integer schema = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("SchemaVersion")) {
                    schemaAt = here();
                    schema = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                } else if (field.equals("Results") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        result();
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (schema == null || schema != SCHEMA_VERSION) {
                problems.error(schemaAt, schema == null ? "not a Trivy report: it has no SchemaVersion"
                        : "Trivy SchemaVersion " + schema + " is not supported; Dossier reads version 2",
                        "run a current trivy with --format json");
                return Optional.empty();
            }
            kept.forEach(results::add);
            return Optional.of(new Summary(targets, vulnerabilities, kept.size()));
        }

        /** One entry of Results; its target may come before or after its vulnerabilities. */
        private void result() throws IOException {
            String target = "";
            List<TrivyItem> found = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("Target")) {
                    target = text();
                } else if (field.equals("Vulnerabilities") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        vulnerability().ifPresent(found::add);
                    }
                } else {
                    p.skipChildren();
                }
            }
            targets++;
            for (TrivyItem v : found) {
                kept.add(new TrivyItem(target, v.id(), v.pkg(), v.installed(), v.fixed(), v.severity()));
            }
        }

        private Optional<TrivyItem> vulnerability() throws IOException {
            String id = "";
            String pkg = "";
            String installed = "";
            String fixed = "";
            String severity = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "VulnerabilityID" -> id = text().toUpperCase(Locale.ROOT);
                    case "PkgName" -> pkg = text();
                    case "InstalledVersion" -> installed = text();
                    case "FixedVersion" -> fixed = text();
                    case "Severity" -> severity = text().toUpperCase(Locale.ROOT);
                    default -> p.skipChildren();
                }
            }
            vulnerabilities++;
            TrivyItem item = new TrivyItem("", id, pkg, installed, fixed, severity);
            return interest.keeps(item) ? Optional.of(item) : Optional.empty();
        }

        /** A string value, stripped; anything else (null, a number, a structure) is empty. */
        private String text() throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText().strip();
            }
            p.skipChildren();
            return "";
        }

        private Optional<Summary> fail(String message, String hint) {
            problems.error(here(), message, hint);
            return Optional.empty();
        }

        private Location here() {
            return location(display, p.currentTokenLocation());
        }
    }
}
