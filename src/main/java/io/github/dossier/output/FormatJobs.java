package io.github.dossier.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the formats side by side: as many at a time as there are threads, and only as many as
 * the heap can hold together. Each format is a job with an estimate of the heap it needs; a job
 * starts when a thread is free and its estimate fits beside the running ones (the first job always
 * starts). Jobs are taken longest first, so the PDF starts at once and the small formats fill the
 * other threads. Each job writes its own file from the immutable document, so the files are the
 * same bytes whatever the order, the number of threads or the heap.
 */
final class FormatJobs {

    /** Writes one file. */
    @FunctionalInterface
    interface Task {
        void run() throws IOException;
    }

    /**
     * One format to render.
     *
     * @param format the format
     * @param heap the heap in bytes it needs while it runs, estimated
     * @param task what writes its file
     */
    record Job(Format format, long heap, Task task) {
    }

    /** The formats by the time they usually take, longest first. */
    private static final List<Format> LONGEST_FIRST = List.of(Format.PDF, Format.DOCX, Format.HTML, Format.MD,
            Format.JSON);

    private static final AtomicInteger POOLS = new AtomicInteger();

    private FormatJobs() {
    }

    /**
     * Runs every job, at most {@code threads} at a time, starting a job only when the estimates of
     * the running ones and its own fit in {@code heap}. After the first failure no more jobs start;
     * the running ones finish, then the failure is thrown.
     *
     * @throws OutputException when a job cannot write its file
     * @throws OutOfMemoryError when a job ran out of heap
     */
    static void run(List<Job> jobs, int threads, long heap) {
        List<Job> waiting = new ArrayList<>(jobs);
        waiting.sort(Comparator.comparingInt((Job j) -> LONGEST_FIRST.indexOf(j.format())));
        if (threads <= 1 || jobs.size() <= 1) {
            for (Job job : waiting) {
                call(job);
            }
            return;
        }
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread thread = new Thread(r, "dossier-formats-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            new Schedule(new ExecutorCompletionService<>(executor), waiting, threads, heap).run();
        } finally {
            executor.shutdownNow();
        }
    }

    private static Job call(Job job) {
        try {
            job.task().run();
        } catch (IOException e) {
            throw new OutputException("cannot write " + job.format().fileName() + ": " + e.getMessage(), e);
        }
        return job;
    }

    /** The jobs of one build, started as threads and heap allow. */
    private static final class Schedule {
        private final CompletionService<Job> completion;
        private final List<Job> waiting;
        private final int threads;
        private final long heap;
        private long reserved;
        private int running;
        private Throwable failure;

        Schedule(CompletionService<Job> completion, List<Job> waiting, int threads, long heap) {
            this.completion = completion;
            this.waiting = waiting;
            this.threads = threads;
            this.heap = heap;
        }

        void run() {
            while (running > 0 || (failure == null && !waiting.isEmpty())) {
                if (failure == null) {
                    startWhatFits();
                }
                finishOne();
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }

        private void startWhatFits() {
            for (int i = 0; i < waiting.size() && running < threads; ) {
                Job job = waiting.get(i);
                if (running == 0 || reserved + job.heap() <= heap) {
                    waiting.remove(i);
                    reserved += job.heap();
                    running++;
                    completion.submit(() -> call(job));
                } else {
                    i++;
                }
            }
        }

        private void finishOne() {
            Future<Job> done;
            try {
                done = completion.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputException("interrupted while rendering the report", e);
            }
            running--;
            try {
                reserved -= done.get().heap();
            } catch (ExecutionException e) {
                // the job's estimate stays reserved: nothing more starts after a failure
                if (failure == null || e.getCause() instanceof OutOfMemoryError) {
                    failure = e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OutputException("interrupted while rendering the report", e);
            }
        }
    }
}
