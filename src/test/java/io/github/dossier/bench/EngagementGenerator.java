package io.github.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Writes a synthetic report repository of any size: a library of templates that use every kind
 * of markup, and a descriptor with {@code n} findings, values, options and evidence images.
 */
public final class EngagementGenerator {

    /** Distinct templates in the library; findings cycle through them with their own keys. */
    static final int TEMPLATES = 40;

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final String[] LEVELS = {"Low", "Medium", "High"};

    private EngagementGenerator() {
    }

    /** Writes the repository under {@code root} and returns the descriptor. */
    public static Path write(Path root, int findings, String pluginVersion) throws IOException {
        for (int t = 0; t < TEMPLATES; t++) {
            write(root.resolve("src/findings/0" + (t % 5) + "_group/finding_" + t + ".md"), template(t));
        }
        Files.createDirectories(root.resolve("src/engagement/evidence"));
        for (int e = 0; e < 10; e++) {
            Files.write(root.resolve("src/engagement/evidence/shot-" + e + ".png"), PNG);
        }
        write(root.resolve("pom.xml"), pom(pluginVersion));
        Path descriptor = root.resolve("src/engagement/engagement.yaml");
        write(descriptor, descriptor(findings));
        return descriptor;
    }

    private static String template(int t) {
        return "---\ncategory: \"{==APP-DAT/NET==}\"\ncvss: \"" + (t % 10) + ".5\"\ncomment: Generated template " + t
                + ".\n---\n### Finding Number " + t + " in {==APP==}\n"
                + "The service{s||} at {==URL==} {are||is} configured to accept {==PROTOCOL||CIPHER==} connections,"
                + " which {have||has} known weaknesses.{==, and this is rarely exploited==}\n\n"
                + "Host: {==HOST==}\nPort: `{==PORT==}`\n\n"
                + "{==OPTION TLS==} Transport security is also affected on {==CLIENT==}'s estate.\n\n"
                + "{==EITHER==} The issue was confirmed manually. {==OR==} The issue was reported by a scanner.\n\n"
                + "Evidence:\n\n{==SCREENSHOT==}\n\n"
                + "| Item | Value |\n|---|---|\n| Client | {==CLIENT==} |\n| Risk | see below |\n\n"
                + "Further information: [https://example.com/advisory/" + t + "]()\n"
                + "#### Impact: " + LEVELS[t % 3] + "\n"
                + "An attacker could {read||read} data belonging to {==CLIENT==} users, and may be able to"
                + " escalate. {==NOTE: tune for the client==}\n"
                + "#### Likelihood: " + LEVELS[(t / 3) % 3] + "\n"
                + "Exploitation requires network access{==, which is easily obtained==}.\n"
                + "#### Recommendation\n"
                + "- Upgrade the affected component{s||}.\n- {==OPTION==} Restrict access to trusted networks.\n"
                + "- Review configuration regularly.\n";
    }

    private static String descriptor(int findings) {
        StringBuilder yaml = new StringBuilder(findings * 400);
        yaml.append("engagement:\n  client: Benchmark Bank plc\n  title: Synthetic Engagement of ").append(findings)
                .append(" Findings\n  reference: BENCH-").append(findings)
                .append("\n  version: \"1.0\"\n  date: 2026-11-25\n  authors: [Bench Tester]\n")
                .append("values:\n  CLIENT: Benchmark Bank\n  APP: the portal\n  APP-DAT/NET: NET\n");
        yaml.append("findings:\n");
        for (int f = 0; f < findings; f++) {
            int t = f % TEMPLATES;
            yaml.append("  - template: 0").append(t % 5).append("_group/finding_").append(t).append('\n')
                    .append("    key: f").append(f).append('\n')
                    .append("    affected: [").append(f % 2 == 0 ? "host-" + f + ".example" : "a-" + f + ".example, b-"
                            + f + ".example").append("]\n")
                    .append("    values:\n      URL: https://host-").append(f).append(".example/login\n")
                    .append("      HOST: host-").append(f).append(".example\n      PORT: \"443\"\n")
                    .append("      PROTOCOL||CIPHER: ").append(f % 2 + 1).append('\n')
                    .append("      SCREENSHOT: {image: evidence/shot-").append(f % 10).append(".png, caption: Proof for ")
                    .append(f).append("}\n")
                    .append("    options: {TLS: ").append(f % 3 == 0).append(", 2: ").append(f % 2 + 1)
                    .append(", 3: true}\n");
        }
        return yaml.toString();
    }

    private static String pom(String pluginVersion) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>bench</groupId>\n  <artifactId>bench-report</artifactId>\n  <version>1</version>\n"
                + "  <packaging>pom</packaging>\n  <build>\n    <plugins>\n      <plugin>\n"
                + "        <groupId>io.github.dossier</groupId>\n        <artifactId>dossier-maven-plugin</artifactId>\n"
                + "        <version>" + pluginVersion + "</version>\n"
                + "        <executions><execution><goals><goal>assemble</goal></goals></execution></executions>\n"
                + "      </plugin>\n    </plugins>\n  </build>\n</project>\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
