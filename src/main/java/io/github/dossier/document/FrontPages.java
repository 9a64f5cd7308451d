package io.github.dossier.document;

import io.github.dossier.report.Report;
import io.github.dossier.report.ReportInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cover, the document control chapter, the page frame and the file's properties. */
final class FrontPages {

    /** For a report without a readable date. */
    static final Instant FALLBACK_TIME = Instant.parse("2000-01-01T00:00:00Z");

    static final String DRAFT_NOTICE = "DRAFT: unresolved markup is highlighted; this is not a final report.";

    private final ReportInfo info;
    private final boolean draft;
    /** The previous version's counts for document control, or null. */
    private final VersionPages versions;
    private final io.github.dossier.provenance.Provenance provenance;

    FrontPages(Report report, VersionPages versions) {
        this.provenance = report.provenance();
        this.info = report.info();
        this.draft = report.draft();
        this.versions = versions;
    }

    Cover cover(Image logo) {
        List<Field> parties = new ArrayList<>();
        parties.add(new Field("Prepared for", Cell.text(info.client())));
        String by = preparedBy();
        if (!by.isEmpty()) {
            parties.add(new Field("Prepared by", Cell.text(by)));
        }
        List<Field> details = fields("Reference", info.reference(), "Version", info.version(),
                "Date", info.date(), "Authors", String.join(", ", info.authors()),
                "Classification", Labels.word(info.classification()));
        return new Cover(logo, Labels.word(info.classification()), info.client(), info.title(),
                draft ? DRAFT_NOTICE : "", parties, details);
    }

    /** Details, distribution list and version history. */
    Chapter documentControl() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields("details", 1, fields("Client", info.client(), "Title", info.title(),
                "Reference", info.reference(), "Version", info.version(), "Date", info.date(),
                "Type", Labels.word(info.type()), "Prepared by", preparedBy(),
                "Authors", String.join(", ", info.authors()), "Classification", Labels.word(info.classification())),
                List.of()));
        distribution(blocks);
        history(blocks);
        if (versions != null) {
            blocks.addAll(versions.documentControl());
        }
        return new Chapter("document-control", "document-control", Inline.text("Document control"), true, false,
                blocks);
    }

    private void distribution(List<Block> blocks) {
        if (info.distribution().isEmpty()) {
            return;
        }
        boolean roles = info.distribution().stream().anyMatch(r -> !r.role().isBlank());
        boolean organisations = info.distribution().stream().anyMatch(r -> !r.organisation().isBlank());
        List<Column> columns = new ArrayList<>(List.of(Column.text("Name", roles || organisations ? 40 : 100)));
        if (roles) {
            columns.add(Column.text("Role", organisations ? 30 : 60));
        }
        if (organisations) {
            columns.add(Column.text("Organisation", roles ? 30 : 60));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ReportInfo.Recipient r : info.distribution()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(r.name())));
            if (roles) {
                row.add(Cell.text(r.role()));
            }
            if (organisations) {
                row.add(Cell.text(r.organisation()));
            }
            rows.add(row);
        }
        blocks.add(new Block.Heading(2, "distribution", "", Inline.text("Distribution")));
        blocks.add(new Block.Table("distribution", columns, rows));
    }

    /** The descriptor's history, or one row for the current version when it gives none. */
    private void history(List<Block> blocks) {
        List<ReportInfo.Revision> history = info.history();
        if (history.isEmpty() && !info.version().isBlank()) {
            history = List.of(new ReportInfo.Revision(info.version(), info.date(), String.join(", ", info.authors()),
                    ""));
        }
        if (history.isEmpty()) {
            return;
        }
        List<List<Cell>> rows = history.stream().map(r -> List.of(Cell.text(r.version()), Cell.text(r.date()),
                Cell.text(r.author()), Cell.of(Inline.text(r.changes().strip())))).toList();
        blocks.add(new Block.Heading(2, "version-history", "", Inline.text("Version history")));
        blocks.add(new Block.Table("history", List.of(Column.text("Version", 12), Column.text("Date", 16),
                Column.text("Author", 22), Column.text("Changes", 50)), rows));
    }

    /** Title and marking at the top, marking, client and page number at the bottom. */
    PageFrame frame() {
        String label = Labels.word(info.classification());
        List<PageFrame.Part> right = new ArrayList<>();
        if (draft) {
            right.add(new PageFrame.Part("DRAFT", PageFrame.Kind.MARK));
        }
        if (!label.isEmpty()) {
            right.add(new PageFrame.Part(label, PageFrame.Kind.MARK));
        }
        List<PageFrame.Part> footer = new ArrayList<>();
        if (!label.isEmpty()) {
            footer.add(new PageFrame.Part(label, PageFrame.Kind.MARK));
        }
        footer.add(new PageFrame.Part(info.client(), PageFrame.Kind.TEXT));
        return new PageFrame(new PageFrame.Line(List.of(new PageFrame.Part(info.title(), PageFrame.Kind.TEXT)),
                right), new PageFrame.Line(footer, List.of(new PageFrame.Part("Page {page} of {pages}",
                        PageFrame.Kind.PAGE))));
    }

    DocumentInfo info(DocumentSettings settings) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("client", info.client());
        fields.put("title", info.title());
        fields.put("reference", info.reference());
        fields.put("version", info.version());
        fields.put("date", info.date());
        fields.put("type", Labels.word(info.type()));
        fields.put("classification", Labels.word(info.classification()));
        fields.put("authors", String.join(", ", info.authors()));
        fields.put("company", info.company());
        fields.put("preparedBy", info.preparedBy());
        return new DocumentInfo(info.title() + " — " + info.client(), info.client()
                + (info.reference().isBlank() ? "" : " — " + info.reference()), String.join(", ", info.authors()),
                "en", timestamp(settings), settings.pageSize(), draft, fields, provenance);
    }

    /** The build's timestamp, else the report's date at midnight UTC, else a constant; never the clock. */
    private Instant timestamp(DocumentSettings settings) {
        if (settings.timestamp() != null) {
            return settings.timestamp();
        }
        try {
            return LocalDate.parse(info.date().strip()).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return FALLBACK_TIME;
        }
    }

    /** Label and value pairs without the blank values. */
    private static List<Field> fields(String... labelsAndValues) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (!labelsAndValues[i + 1].isBlank()) {
                fields.add(new Field(labelsAndValues[i], Cell.text(labelsAndValues[i + 1])));
            }
        }
        return fields;
    }

    /** The company, and on a line of its own who in it prepared the report. */
    private String preparedBy() {
        return java.util.stream.Stream.of(info.company(), info.preparedBy()).filter(v -> !v.isBlank())
                .map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
    }
}
