package io.github.dossier.output;

import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The child JVM of {@link KillDuringCommitTest}: builds and renders two versions of a large
 * report, then commits them into one output folder in turn, as {@link ReportWriter#write} does
 * after rendering, until it is killed, saying {@code ROUND n} as each commit starts. So every
 * moment of its life after that is the final phase: writing the new folder and switching it in.
 */
public final class KilledBuild {

    /** What is written each round. */
    static final Set<Format> FORMATS = EnumSet.of(Format.MD, Format.JSON);

    private KilledBuild() {
    }

    /** @param args the two projects, then the output folder */
    public static void main(String[] args) {
        Map<String, byte[]> first = ReportWriter.render(build(Path.of(args[0])), OutputOptions.of(FORMATS));
        Map<String, byte[]> second = ReportWriter.render(build(Path.of(args[1])), OutputOptions.of(FORMATS));
        Path out = Path.of(args[2]);
        for (long round = 0; ; round++) {
            System.out.println("ROUND " + round);
            System.out.flush();
            ReportCommit.replace(round % 2 == 0 ? second : first, out);
        }
    }

    static Report build(Path project) {
        return new ReportBuilder(new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false)).build();
    }
}
