package io.github.dossier.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.lint.LibraryLinter;
import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.template.Decisions;
import io.github.dossier.template.Node;
import io.github.dossier.template.Section;
import io.github.dossier.template.Template;
import io.github.dossier.template.TemplateLibrary;
import io.github.dossier.template.TemplateParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The users' whole library, when {@code DOSSIER_CORPUS} names its {@code Issues/} folder (it is
 * not part of this repository: it has no licence). Every template is parsed; every well-formed
 * one is built in strict mode with a value for every slot and every option decided both ways,
 * for one and for three affected systems; the outputs must not leak markup, {@code XREF} or
 * writer instructions. The figures are printed and written to {@code target/corpus-report.txt}.
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_CORPUS", matches = ".+")
class CorpusTest {

    /** What must never reach a strict report (SPEC §1.4), outside code. */
    private static final Map<String, Pattern> LEAKS = new LinkedHashMap<>();
    /**
     * The library's writer instructions, as the parser reads them, long enough not to occur by
     * chance: none may reach a report. (Read from the library at run time; its text is never
     * part of this repository.)
     */
    private final java.util.Set<String> instructions = new java.util.TreeSet<>();

    static {
        LEAKS.put("{==", Pattern.compile(Pattern.quote("{==")));
        LEAKS.put("==}", Pattern.compile(Pattern.quote("==}")));
        LEAKS.put("{=", Pattern.compile(Pattern.quote("{=")));
        LEAKS.put("=}", Pattern.compile(Pattern.quote("=}")));
        LEAKS.put("||", Pattern.compile(Pattern.quote("||")));
        LEAKS.put("XREF", Pattern.compile("XREF"));
        LEAKS.put("single-pipe toggle", Pattern.compile("\\{[\\p{L} ]*\\p{L}\\|\\p{L}[\\p{L} ]*\\}"));
    }

    @TempDir
    Path work;

    private final StringBuilder report = new StringBuilder();

    @Test
    void theWholeLibraryRendersWithoutLeaks() throws IOException {
        Path library = Path.of(System.getenv("DOSSIER_CORPUS")).toAbsolutePath().normalize();
        Map<String, Template> wellFormed = new TreeMap<>();
        Map<String, Integer> readings = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        int[] kinds = new int[4];
        int parsed = parse(library, wellFormed, readings, errors, kinds);
        line("templates: " + parsed + " parsed, " + wellFormed.size() + " well-formed, " + (parsed - wellFormed.size())
                + " with errors");
        errors.forEach(e -> line("  " + e));
        line("options by reading: " + readings);
        line("editorial texts: " + kinds[0] + ", writer instructions: " + kinds[1] + ", tables: " + kinds[2]
                + " (" + kinds[3] + " to fill)");

        long start = System.nanoTime();
        LibraryLinter.Result check = LibraryLinter.lint(library, library);
        check.problems().forEach(p -> line("  check: " + p.severity() + " " + p));
        line("check on the library: " + millis(start) + " ms, " + check.count(io.github.dossier.problem.Severity.ERROR)
                + " errors, " + check.count(io.github.dossier.problem.Severity.WARNING) + " warnings");

        Path project = project(library, wellFormed);
        Map<String, Integer> leaks = new TreeMap<>();
        for (boolean keep : new boolean[] {true, false}) {
            for (int affected : new int[] {1, 3}) {
                build(project, wellFormed, keep, affected, leaks);
            }
        }
        line("leaks: " + (leaks.isEmpty() ? "none" : leaks));
        Files.writeString(Path.of("target/corpus-report.txt"), report);
        System.out.println(report);

        assertThat(leaks).isEmpty();
        // The option readings, by the seven rules of docs/template-language.md. The specification
        // measured 341 bare markers, 260 labels (35 conditions, 19 alone on a line), 27 content
        // options and one content choice. Bare markers, labels alone and the content choice match;
        // this parser reads 38 conditions (two of them are "OPTION: If …", whose ':' the rules
        // remove before the IF test), 261 labels in all and 28 content options.
        assertThat(readings).containsEntry("BARE", 341).containsEntry("CONTENT_CHOICE", 1)
                .containsEntry("LABEL_ALONE", 19).containsEntry("CONDITION", 38).containsEntry("LABEL", 204)
                .containsEntry("CONTENT", 28);
        assertThat(check.problems()).filteredOn(Problem::isError).extracting(p -> p.location().file())
                .allMatch(file -> errors.stream().anyMatch(e -> e.contains(file)));
    }

    private int parse(Path library, Map<String, Template> wellFormed, Map<String, Integer> readings,
            List<String> errors, int[] kinds) throws IOException {
        int parsed = 0;
        for (Path file : TemplateLibrary.templateFiles(library)) {
            String id = TemplateLibrary.idOf(library, file);
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            Problems problems = new Problems();
            Template template = TemplateParser.parse(id, file, id + ".md", text, problems).orElse(null);
            parsed++;
            List<Problem> wrong = new ArrayList<>(problems.errors());
            if (template != null) {
                wrong.addAll(template.malformations());
            }
            wrong.forEach(p -> errors.add(p.toString()));
            if (template == null) {
                continue;
            }
            for (Node.Group g : template.groups()) {
                readings.merge(g.isEither() ? "EITHER" : g.reading().name(), 1, Integer::sum);
            }
            template.editorials().forEach(e -> kinds[e.instruction() ? 1 : 0]++);
            template.editorials().stream().filter(Node.Editorial::instruction).map(Node.Editorial::key)
                    .filter(k -> k.length() >= 20 && !k.contains("{==")).forEach(instructions::add);
            kinds[2] += template.tables().size();
            kinds[3] += (int) template.tables().stream().filter(Node.Table::toFill).count();
            if (wrong.isEmpty()) {
                wellFormed.put(id, template);
            }
        }
        return parsed;
    }

    /** A report repository holding copies of the well-formed templates. */
    private Path project(Path library, Map<String, Template> templates) throws IOException {
        Path project = work.resolve("project");
        for (String id : templates.keySet()) {
            Path target = project.resolve("src/findings").resolve(id + ".md");
            Files.createDirectories(target.getParent());
            Files.copy(library.resolve(id + ".md"), target);
        }
        Files.createDirectories(project.resolve("src/engagement"));
        return project;
    }

    private void build(Path project, Map<String, Template> templates, boolean keep, int affected,
            Map<String, Integer> leaks) throws IOException {
        Files.writeString(project.resolve("src/engagement/engagement.yaml"),
                Descriptors.of(templates, keep, affected));
        long start = System.nanoTime();
        Report built;
        try {
            built = new ReportBuilder(new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                    RenderSettings.strict(), false)).build();
        } catch (InvalidInputException e) {
            e.problems().stream().filter(Problem::isError).limit(40).forEach(p -> line("  " + p));
            System.out.println(report);
            throw new AssertionError("strict build failed (" + (keep ? "keep" : "leave out") + ", " + affected
                    + " affected): " + e.problems().stream().filter(Problem::isError).count() + " errors");
        }
        Path out = work.resolve("out-" + keep + "-" + affected);
        // every format once (options kept, several systems); Markdown and HTML for the others
        boolean all = keep && affected > 1;
        ReportWriter.write(built, all ? EnumSet.allOf(Format.class) : EnumSet.of(Format.MD, Format.HTML), out);
        line("strict build, options " + (keep ? "kept" : "left out") + ", " + affected + " affected: "
                + built.findings().size() + " findings, " + (all ? "all formats" : "md+html") + " in " + millis(start)
                + " ms, "
                + built.problems().stream().filter(p -> p.severity() == io.github.dossier.problem.Severity.WARNING)
                        .count() + " warnings");
        scan("report.md", withoutCode(Files.readString(out.resolve("report.md"))), leaks);
        String html = Files.readString(out.resolve("report.html"));
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("code, pre, style, script").remove();
        scan("report.html", page.text(), leaks);
        if (all) {
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                    out.resolve("report.pdf").toFile())) {
                scan("report.pdf", new org.apache.pdfbox.text.PDFTextStripper().getText(pdf), leaks);
            }
            try (var in = Files.newInputStream(out.resolve("report.docx"));
                    var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                    var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
                scan("report.docx", text.getText(), leaks);
            }
        }
    }

    private void scan(String file, String text, Map<String, Integer> leaks) {
        LEAKS.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                leaks.merge(file + " " + name, 1, Integer::sum);
                line("  leak in " + file + ": " + name + " in '" + context(text, m.start()) + "'");
            }
        });
        String flat = text.replaceAll("\\s+", " ");
        for (String phrase : instructions) {
            if (flat.contains(phrase)) {
                leaks.merge(file + " instruction", 1, Integer::sum);
                line("  instruction in " + file + ": " + phrase);
            }
        }
    }

    /** Markdown without fenced code and code spans: code may hold {@code ||} and braces legitimately. */
    static String withoutCode(String markdown) {
        StringBuilder sb = new StringBuilder();
        io.github.dossier.template.CodeFence fence = null;
        for (String line : markdown.split("\n", -1)) {
            if (fence != null) {
                fence = fence.closedBy(line) ? null : fence;
                continue;
            }
            fence = io.github.dossier.template.CodeFence.opening(line);
            if (fence == null) {
                sb.append(line.replaceAll("(`+)(?s).*?\\1", "")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void line(String s) {
        report.append(s).append('\n');
    }

    /** A descriptor deciding everything the templates ask. */
    static final class Descriptors {

        private Descriptors() {
        }

        static String of(Map<String, Template> templates, boolean keep, int affected) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("engagement", Map.of("client", "Client Ltd", "title", "Library test", "date", "2026-11-30"));
            List<Object> findings = new ArrayList<>();
            List<String> hosts = new ArrayList<>();
            for (int i = 1; i <= affected; i++) {
                hosts.add("host-" + i + ".example");
            }
            int[] counter = {0};
            templates.forEach((id, t) -> findings.add(finding(id, t, keep, hosts, counter)));
            root.put("findings", findings);
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(4000);
            return new Yaml(options).dump(root);
        }

        private static Map<String, Object> finding(String id, Template t, boolean keep, List<String> hosts,
                int[] counter) {
            Decisions d = Decisions.of(t);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("template", id);
            f.put("affected", new ArrayList<>(hosts));
            f.put("category", "NET");
            f.put("cvss", "5.0");
            if (t.section(Section.Kind.IMPACT).level() == null) {
                f.put("impact", "Medium");
            }
            if (t.section(Section.Kind.LIKELIHOOD).level() == null) {
                f.put("likelihood", "Medium");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            d.slots().forEach(s -> values.put(s.name(), s.reference() ? "@" + id : "value " + ++counter[0]));
            d.choices().forEach(c -> values.put(c.key(), keep ? "1" : String.valueOf(c.alternatives().size())));
            if (!values.isEmpty()) {
                f.put("values", values);
            }
            Map<Object, Object> options = new LinkedHashMap<>();
            for (Decisions.Option o : d.options()) {
                Object decision = o.either() ? (Object) (keep ? 1 : o.quotes().size())
                        : o.reading() == Node.Reading.CONTENT_CHOICE ? (keep ? (Object) 1 : Boolean.FALSE)
                        : o.quotes().size() > 1 ? (Object) (keep ? 1 : o.quotes().size()) : (Object) keep;
                options.put(o.number(), decision);
            }
            if (!options.isEmpty()) {
                f.put("options", options);
            }
            Map<Object, Object> editorial = new LinkedHashMap<>();
            for (Decisions.Editorial e : d.editorials()) {
                editorial.put(e.number(), e.instruction() ? (keep ? "replaced " + e.number() : "drop")
                        : keep ? "keep" : "drop");
            }
            if (!editorial.isEmpty()) {
                f.put("editorial", editorial);
            }
            Map<Object, Object> tables = new LinkedHashMap<>();
            for (Decisions.Table table : d.tables()) {
                if (table.toFill() || keep) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < table.headers().size(); c++) {
                        row.add("cell " + (c + 1));
                    }
                    tables.put(table.number(), List.of(row, row));
                }
            }
            if (!tables.isEmpty()) {
                f.put("tables", tables);
            }
            return f;
        }
    }
}
