package io.github.dossier.scan;

import static io.github.dossier.scan.ScanFixtures.capture;
import static io.github.dossier.scan.ScanFixtures.nessus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The 300 MB benchmark: writes a generated .nessus file under target/ and streams it with the
 * reader in a 512 MB heap, printing throughput and peak heap. Tagged "large": it runs only with
 * {@code mvn -Plarge test -DskipITs} (the profile sets -Xmx512m), never in the default build.
 */
@Tag("large")
class LargeNessusTest {

    static final long TARGET_BYTES = 300L * 1024 * 1024;
    private static final int ITEMS_PER_HOST = 14;
    /** Filler of about the size of the descriptions and solutions real plugins carry; our own words. */
    private static final String FILLER = ("This paragraph stands in for the prose a scanner attaches to every result:"
            + " what was checked, why it matters and how to fix it. ").repeat(4);

    @Test
    void aThreeHundredMegabyteScanStreamsInBoundedMemory() throws IOException {
        Path file = Path.of("target", "large-scan", "large.nessus");
        int hosts = generate(file);
        long bytes = Files.size(file);

        ScanRule tls = nessus(ScanRule.Naming.SERVICE, new ScanRule.Listing(ScanRule.Kind.SERVICES), "104743");
        ScanRule versions = nessus(ScanRule.Naming.HOST, capture("(?<v>TLSv1\\.[0-3])", "v"), "56984");
        Problems problems = new Problems();
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ScanResults results = ScanFiles.read(List.of(new ScanFiles.Source(file, "large.nessus",
                Location.of("engagement.yaml"))), ScanInterest.of(List.of(tls, versions)), problems);
        ScanMatch tlsMatch = results.match(tls, problems);
        ScanMatch versionMatch = results.match(versions, problems);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        System.gc();
        long retained = usedHeap();

        double mb = bytes / 1024.0 / 1024.0;
        System.out.printf("large.nessus: %.1f MB, %d hosts, %d results kept; %.1f s, %.1f MB/s; peak heap %.1f MB"
                        + " (max %.0f MB), retained after GC %.1f MB%n", mb, hosts, results.size(), seconds,
                mb / seconds, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, retained / 1048576.0);
        assertThat(problems.errors()).isEmpty();
        assertThat(tlsMatch.results()).isEqualTo((hosts + 9) / 10);
        assertThat(tlsMatch.affected()).hasSize((hosts + 9) / 10);
        assertThat(versionMatch.results()).isEqualTo(hosts + (hosts + 999) / 1000);
        assertThat(versionMatch.placeholder()).containsExactly("TLSv1.0", "TLSv1.1", "TLSv1.2");
        assertThat(peak).isLessThan(512L * 1024 * 1024);
    }

    /** Writes hosts until the file reaches {@link #TARGET_BYTES}; returns how many. */
    private static int generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        int hosts = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("<?xml version=\"1.0\" ?>\n<NessusClientData_v2>\n<Policy><policyName>bench</policyName></Policy>\n"
                    + "<Report name=\"bench\">\n");
            long written = 0;
            while (written < TARGET_BYTES) {
                String host = host(hosts++);
                w.write(host);
                written += host.length();
            }
            w.write("</Report>\n</NessusClientData_v2>\n");
        }
        return hosts;
    }

    private static String host(int n) {
        String ip = "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
        StringBuilder sb = new StringBuilder(24_000);
        sb.append("<ReportHost name=\"").append(ip).append("\"><HostProperties>\n<tag name=\"host-ip\">").append(ip)
                .append("</tag>\n<tag name=\"host-fqdn\">host").append(n).append(".bench.example</tag>\n")
                .append("<tag name=\"operating-system\">Linux</tag>\n</HostProperties>\n");
        for (int i = 0; i < ITEMS_PER_HOST; i++) {
            item(sb, 1000 + i, 8000 + i, "filler result " + i);
        }
        item(sb, 56984, 443, "Versions accepted: TLSv1.0, TLSv1.1 and TLSv1.2.");
        // every tenth host accepts TLS 1.0; every thousandth has an output far over the kept length
        if (n % 10 == 0) {
            item(sb, 104743, 443, "Accepted: TLSv1.0");
        }
        if (n % 1000 == 0) {
            item(sb, 56984, 8443, "TLSv1.2 " + "x".repeat(200_000));
        }
        return sb.append("</ReportHost>\n").toString();
    }

    private static void item(StringBuilder sb, int plugin, int port, String output) {
        sb.append("<ReportItem port=\"").append(port).append("\" svc_name=\"www\" protocol=\"tcp\" severity=\"1\"")
                .append(" pluginID=\"").append(plugin).append("\" pluginName=\"Bench plugin ").append(plugin)
                .append("\" pluginFamily=\"General\">\n<description>").append(FILLER).append("</description>\n")
                .append("<solution>").append(FILLER, 0, 200).append("</solution>\n<plugin_output>").append(output)
                .append("</plugin_output>\n</ReportItem>\n");
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks: an upper bound on the heap in use at any moment. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
