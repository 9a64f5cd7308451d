package io.github.dossier.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.testing.ProjectFixture;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during the final phase: a child JVM builds and renders two versions of a large report
 * (40 findings, each with its own 200 KB screenshot; Markdown with its 40 evidence copies and
 * JSON: 8 MB a version), commits them into one folder in turn, and is killed at a random moment
 * of its third commit, over and over on the same folder. Each time the folder holds one
 * complete version (once the next build's start has finished a switch the kill interrupted), and
 * nothing but the folder and its lock file is left beside it. The outcomes are printed: how often
 * the kill landed while staging, between staging and the switch, inside it, and while deleting
 * the old folder.
 */
class KillDuringCommitTest {

    private static final int FINDINGS = 40;
    private static final int KILLS = 20;
    /** The kill comes this long at most after the third commit starts, once the child's code is warm. */
    private static final int ROUND_MILLIS = 40;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesOneCompleteReportAndNoDebris() throws Exception {
        long started = System.nanoTime();
        Path first = project("first");
        Path second = project("second");
        Map<String, String> one = expected(first, "expected-first");
        Map<String, String> two = expected(second, "expected-second");
        assertThat(one.keySet()).doesNotContainAnyElementsOf(two.keySet().stream()
                .filter(n -> n.startsWith("evidence/")).toList());
        Path target = Files.createDirectories(dir.resolve("target"));
        Path out = target.resolve("dossier");
        ReportWriter.write(KilledBuild.build(first), KilledBuild.FORMATS, out);

        Map<String, Integer> outcomes = new TreeMap<>();
        Random random = new Random(20261130);
        for (int kill = 0; kill < KILLS; kill++) {
            killWhileWriting(first, second, out, random.nextInt(ROUND_MILLIS));
            String raw = rawState(target, out, one, two);
            outcomes.merge(raw, 1, Integer::sum);
            assertThat(raw).as("kill %d", kill).doesNotContain("mixed");

            ReportCommit.recover(out); // what the next build does first
            assertThat(contents(out)).as("kill %d, after recovery", kill).isIn(one, two);
            assertThat(names(target)).as("kill %d, beside the folder", kill).containsExactly(".dossier.lock",
                    "dossier");
        }
        System.out.println("KillDuringCommitTest: " + KILLS + " kills in " + (System.nanoTime() - started) / 1_000_000
                + " ms: " + outcomes);
    }

    private void killWhileWriting(Path first, Path second, Path out, int millis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KilledBuild.class.getName(), first.toString(), second.toString(), out.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
                assertThat(line).as("the child's output before its third round").isNotNull();
            } while (!line.equals("ROUND 2"));
            Thread.sleep(millis);
            assertThat(child.isAlive()).as("the child is still writing").isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** What the kill left, before any recovery: which report the folder holds and what lies beside it. */
    private static String rawState(Path target, Path out, Map<String, String> one, Map<String, String> two)
            throws Exception {
        String folder;
        if (!Files.exists(out)) {
            folder = "no folder";
        } else {
            Map<String, String> now = contents(out);
            folder = now.equals(one) || now.equals(two) ? "complete" : "mixed";
        }
        List<String> beside = names(target).stream().filter(n -> !n.equals("dossier") && !n.equals(".dossier.lock"))
                .map(n -> n.startsWith(".dossier.new-") ? "staging" : n.substring(".dossier.".length())).toList();
        return folder + (beside.isEmpty() ? "" : " + " + String.join(" + ", beside));
    }

    private Path project(String name) throws Exception {
        ProjectFixture project = new ProjectFixture(dir.resolve(name)).template("web/t", "category: APP\ncvss: \"5\"",
                "Finding", "Seen at {==URL==}.\n\n{==SCREENSHOT==}", "Medium", "Medium");
        StringBuilder findings = new StringBuilder();
        Random random = new Random(name.hashCode());
        for (int i = 0; i < FINDINGS; i++) {
            String image = "evidence/" + name + "-" + i + ".png";
            project.bytes("src/engagement/" + image, noise(random));
            findings.append("  - template: web/t\n    key: f").append(i).append("\n    values:\n      URL: https://")
                    .append(name).append(".example/").append(i).append("\n      SCREENSHOT: {image: ").append(image)
                    .append("}\n");
        }
        project.descriptor(ProjectFixture.header() + "findings:\n" + findings);
        return project.root;
    }

    /** A 256 by 256 PNG of random pixels: about 200 KB that do not compress. */
    private static byte[] noise(Random random) throws Exception {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private Map<String, String> expected(Path project, String name) throws Exception {
        Path folder = dir.resolve(name).resolve("dossier");
        ReportWriter.write(KilledBuild.build(project), KilledBuild.FORMATS, folder);
        return contents(folder);
    }

    /** The files of a folder, each as a digest of its bytes. */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), io.github.dossier.io.Digests.of(p));
            }
        }
        return files;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
