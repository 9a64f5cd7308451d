package io.github.dossier.output;

import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.nio.file.Path;
import java.util.EnumSet;

/** The child JVM of {@link HeapBudgetTest}: builds and writes the project, in every format or those named. */
public final class SmallHeapBuild {

    private SmallHeapBuild() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        try {
            ReportWriter.write(new ReportBuilder(new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                    RenderSettings.strict(), false)).build(), args.length > 1 ? Format.parseList(args[1])
                    : EnumSet.allOf(Format.class),
                    project.resolve("target/dossier"));
            System.out.println("written");
        } catch (InvalidInputException e) {
            System.out.println(e.describe());
            System.exit(3);
        }
    }
}
