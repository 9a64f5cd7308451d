package io.github.dossier.output;

import io.github.dossier.output.docx.DocxProvenance;
import io.github.dossier.output.json.FindingsJsonProvenance;
import io.github.dossier.output.pdf.XmpProvenance;
import io.github.dossier.provenance.Differences;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.provenance.Recorded;
import io.github.dossier.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a deliverable ({@code report.pdf}, {@code report.docx} or {@code findings.json}) came
 * from exactly the inputs a report is built from now: its recorded provenance against the
 * rebuilt report's, input by input.
 */
public final class Verification {

    private Verification() {
    }

    /**
     * @param file the deliverable as shown to the user
     * @param recorded the digest the deliverable records
     * @param now the digest of the working tree's inputs
     * @param differences one line per differing input; empty when the deliverable came from these inputs
     */
    public record Result(String file, String recorded, String now, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean matches() {
            return differences.isEmpty();
        }
    }

    /**
     * @param report the report as the working tree builds it
     * @param deliverable the file to check
     * @throws IllegalArgumentException when the file is missing, unreadable, of another kind, or
     *     records no provenance (the user named the wrong file)
     */
    public static Result verify(Report report, Path deliverable, String display) {
        Recorded recorded = read(deliverable, display).orElseThrow(() -> new IllegalArgumentException(display
                + " records no Dossier provenance: it was built by a Dossier version that does not record"
                + " provenance, or its metadata was removed"));
        Provenance now = report.provenance();
        List<String> differences = new ArrayList<>();
        if (!recorded.isIntact()) {
            differences.add("the digest " + display + " records is not the digest of the inputs it lists: its"
                    + " metadata was edited");
        }
        differences.addAll(Differences.between(recorded.provenance(), now));
        return new Result(display, recorded.digest(), now.digest(), differences);
    }

    private static Optional<Recorded> read(Path file, String display) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(display + " is not a file: name the report.pdf, report.docx or"
                    + " findings.json to check with -Ddossier.report=…");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) {
                return XmpProvenance.read(file);
            } else if (name.endsWith(".docx")) {
                return DocxProvenance.read(file);
            } else if (name.endsWith(".json")) {
                return FindingsJsonProvenance.read(file);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + display + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(display + " is neither a PDF, a Word file nor a findings.json: only these"
                + " record their provenance");
    }
}
