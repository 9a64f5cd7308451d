package io.github.dossier.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.dossier.output.Format;
import io.github.dossier.output.OutputOptions;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.problem.InvalidInputException;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.ReportBuilder;
import io.github.dossier.report.ReportConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * One row of {@link Benchmark}, in a JVM of its own so that its heap is its own: builds and writes
 * the report (descriptor to files) untimed, then times it (three runs, the median, for up to 100
 * findings; one above), noting the heap live after each collection. Prints
 * {@code RESULT <ms> <peak MB>}.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Set<Format> formats = Format.parseList(args[1]);
        ReportConfig config = new ReportConfig(project, Path.of("src/engagement/engagement.yaml"),
                RenderSettings.strict(), false);
        Path out = project.resolve("target/bench");
        try {
            ReportWriter.write(new ReportBuilder(config).build(), OutputOptions.of(formats), out);
            int runs = new ReportBuilder(config).build().findings().size() > 100 ? 1 : 3;
            long[] times = new long[runs];
            LiveHeap live = new LiveHeap();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ReportWriter.write(new ReportBuilder(config).build(), OutputOptions.of(formats), out);
                times[i] = System.nanoTime() - start;
            }
            live.stop();
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "RESULT %.1f %.0f%n", times[runs / 2] / 1e6, live.peakMb());
        } catch (InvalidInputException e) {
            System.out.println(e.describe());
            System.exit(3);
        }
    }

    /** The most heap in use just after a collection, over every collection while it listens: the live set. */
    private static final class LiveHeap {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());
        private final List<NotificationEmitter> emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
        private final NotificationListener listener = this::collected;
        private volatile long peak;

        LiveHeap() {
            emitters.forEach(e -> e.addNotificationListener(listener, null, null));
        }

        private void collected(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peak = Math.max(peak, used);
            }
        }

        void stop() throws Exception {
            for (NotificationEmitter e : emitters) {
                e.removeNotificationListener(listener);
            }
        }

        double peakMb() {
            return peak / (1024.0 * 1024.0);
        }
    }
}
