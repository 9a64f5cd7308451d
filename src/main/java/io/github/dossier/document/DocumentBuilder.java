package io.github.dossier.document;

import io.github.dossier.report.RenderedFinding;
import io.github.dossier.report.RenderedSection;
import io.github.dossier.report.Report;
import io.github.dossier.risk.Risk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays a report out, once, for every format: the chapters and their order, what each table and
 * header holds, the labels, plurals and dashes, figure numbers, contents lines, the cover, the
 * running header and footer, the draft marks and where pages break (after the cover and the
 * front matter, before the findings, and where the writer asks with {@code \newpage}).
 */
public final class DocumentBuilder {

    private final DocumentSettings settings;

    public DocumentBuilder(DocumentSettings settings) {
        this.settings = settings;
    }

    /**
     * @param evidence the evidence files' bytes by their name in the report
     */
    public Document build(Report report, Map<String, byte[]> evidence) {
        Map<String, Image> images = new LinkedHashMap<>();
        evidence.forEach((name, bytes) -> images.put(name, new Image(name, bytes)));
        return new Build(report, images).document();
    }

    /** The state of one build: figure numbers and contents lines grow as chapters are made. */
    private final class Build {
        private final Report report;
        private final Map<String, Image> images;
        private final MarkdownBlocks markdown;
        private final List<ContentsEntry> contents = new ArrayList<>();
        private final FrontPages front;
        /** What the report says about its previous version, or null when it names none. */
        private final VersionPages versions;

        Build(Report report, Map<String, Image> images) {
            this.report = report;
            this.images = images;
            this.markdown = new MarkdownBlocks(images.keySet());
            this.versions = report.changesIfAny().map(c -> new VersionPages(c, report.findings())).orElse(null);
            this.front = new FrontPages(report, versions);
        }

        Document document() {
            List<Chapter> body = new ArrayList<>();
            if (report.isRetest()) {
                contents.add(new ContentsEntry(VersionPages.RETEST, "", Inline.text("Retest summary"), 1));
                body.add(versions.retestChapter());
            }
            body.add(executiveSummary());
            if (versions != null) {
                contents.add(new ContentsEntry(VersionPages.CHANGES, "", Inline.text(versions.changesTitle()), 1));
                body.add(versions.changesChapter());
            }
            report.before().forEach(s -> body.add(section(s)));
            body.add(summary());
            body.add(findings());
            report.after().forEach(s -> body.add(section(s)));
            if (settings.sourcesAppendix()) {
                SourcesAppendix.of(report.findings()).ifPresent(appendix -> {
                    contents.add(new ContentsEntry(appendix.id(), "", Inline.text(SourcesAppendix.TITLE), 1));
                    body.add(appendix);
                });
            }
            List<Chapter> chapters = new ArrayList<>();
            chapters.add(front.documentControl());
            chapters.add(new Chapter("contents", "contents", Inline.text("Contents"), false, false,
                    List.of(new Block.Contents(contents))));
            chapters.addAll(body);
            List<ContentsEntry> outline = new ArrayList<>(List.of(
                    new ContentsEntry("cover", "", Inline.text("Cover"), 1),
                    new ContentsEntry("document-control", "", Inline.text("Document control"), 1),
                    new ContentsEntry("contents", "", Inline.text("Contents"), 1)));
            outline.addAll(contents);
            return new Document(front.info(settings), front.frame(), front.cover(settings.logo()), chapters,
                    contents, outline, images);
        }

        private Chapter executiveSummary() {
            contents.add(new ContentsEntry("executive-summary", "", Inline.text("Executive summary"), 1));
            List<Block> blocks = new ArrayList<>();
            overallRisk().ifPresent(risk -> blocks.add(new Block.Fields("rating", 1,
                    List.of(new Field("Overall risk", Cell.risk(risk))), List.of())));
            report.summaryIfAny().ifPresent(s -> blocks.addAll(markdown.section(s.markdown(), "executive-summary",
                    contents)));
            Map<Risk, Integer> counts = RiskPalette.counts(report.findings());
            blocks.add(new Block.Paragraph(Inline.text(SummaryText.sentence(counts)), Block.Paragraph.Role.LEAD));
            blocks.add(new Block.Chart("risk", RiskPalette.bars(counts), "Risk", "Findings", "Findings by risk level"));
            return new Chapter("executive-summary", "executive-summary", Inline.text("Executive summary"), true, true,
                    blocks);
        }

        /** The writer's rating, else the highest risk of a finding; none without findings. */
        private Optional<Risk> overallRisk() {
            return report.info().overallRiskIfGiven().or(() -> report.findings().stream().map(RenderedFinding::risk)
                    .filter(r -> r != Risk.NOT_APPLICABLE).max(Comparator.comparingInt(Risk::rank)));
        }

        private Chapter section(RenderedSection section) {
            contents.add(new ContentsEntry(section.anchor(), "", MarkdownSyntax.inline(section.title()), 1));
            List<Block> blocks = markdown.section(section.markdown(), section.anchor(), contents);
            return new Chapter(section.anchor(), "writer-section", MarkdownSyntax.inline(section.title()), false,
                    true, blocks);
        }

        private Chapter summary() {
            contents.add(new ContentsEntry("summary", "", Inline.text("Summary of findings"), 1));
            List<Block> blocks = new ArrayList<>();
            if (report.findings().isEmpty()) {
                blocks.add(new Block.Paragraph(Inline.text("No findings."), Block.Paragraph.Role.BODY));
            } else {
                List<List<Cell>> rows = new ArrayList<>();
                for (RenderedFinding f : report.findings()) {
                    rows.add(List.of(Cell.text(String.valueOf(f.number())),
                            Cell.of(Inline.linkTo(f.anchor(), FindingBlocks.title(f))), Cell.risk(f.risk()),
                            Cell.text(Labels.cvssScore(f)), Cell.text(f.category()), Cell.text(f.status().label())));
                }
                blocks.add(new Block.Table("summary-table", List.of(Column.number("#", 5),
                        Column.text("Finding", 38), Column.text("Risk", 17), Column.text("CVSS score", 14),
                        Column.text("Category", 13), Column.text("Status", 13)), rows));
            }
            return new Chapter("summary", "summary", Inline.text("Summary of findings"), false, true, blocks);
        }

        private Chapter findings() {
            contents.add(new ContentsEntry("findings", "", Inline.text("Findings"), 1));
            FindingBlocks findings = new FindingBlocks(markdown, versions == null ? key -> null
                    : versions::originalRisk);
            List<Block> blocks = new ArrayList<>();
            for (RenderedFinding f : report.findings()) {
                contents.add(new ContentsEntry(f.anchor(), FindingBlocks.number(f), FindingBlocks.title(f), 2));
                blocks.add(findings.of(f));
            }
            return new Chapter("findings", "findings", Inline.text("Findings"), true, true, blocks);
        }
    }
}
