package io.github.dossier.report;

import io.github.dossier.engagement.Engagement;
import io.github.dossier.engagement.FindingSpec;
import io.github.dossier.engagement.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The files a report is built from, for change detection: a superset is harmless, a gap is not. */
final class InputFiles {

    private InputFiles() {
    }

    static List<Path> of(Engagement engagement, List<Path> templates) {
        List<Path> files = new ArrayList<>(templates);
        files.add(engagement.descriptor());
        named(engagement.values(), files);
        for (FindingSpec finding : engagement.findings()) {
            named(finding.values(), files);
        }
        return files;
    }

    /** Every file a value names, used or not. */
    private static void named(Map<String, Value> values, List<Path> files) {
        for (Value value : values.values()) {
            if (value instanceof Value.Image image) {
                files.add(image.resolved());
            } else if (value instanceof Value.File file) {
                files.add(file.resolved());
            }
        }
    }
}
