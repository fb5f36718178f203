package org.citypeers.search.eval;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.citypeers.search.CommandLineModes;
import org.citypeers.search.IndexedPractice;
import org.citypeers.search.PracticeQuery;
import org.citypeers.search.SearchService;
import org.citypeers.search.internal.PivotDictionary;
import org.citypeers.search.internal.PracticeIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The benchmark command ({@code --citypeers.benchmark=100000}): builds a synthetic library with the
 * production pipeline in a throw-away index, then prints index throughput, p50/p95/p99 latency of
 * library searches and of matches, and the heap used after a full GC. See docs/evaluation.md.
 */
@Component
@ConditionalOnProperty(CommandLineModes.BENCHMARK)
class BenchmarkCommand implements ApplicationRunner {

    static final int WARMUP = 200;
    static final int MEASURED = 1000;

    private final PracticeIndex index;
    private final SearchService search;
    private final org.citypeers.base.text.LanguageDetector detector;
    private final ConfigurableApplicationContext context;
    private final int size;
    private final String seedFile;
    private final int threads;
    private final PivotDictionary pivot;

    BenchmarkCommand(PracticeIndex index, SearchService search, org.citypeers.base.text.LanguageDetector detector,
                     PivotDictionary pivot, ConfigurableApplicationContext context,
                     @Value("${" + CommandLineModes.BENCHMARK + "}") int size,
                     @Value("${citypeers.benchmark.seed-corpus:}") String seedFile,
                     @Value("${citypeers.benchmark.threads:2}") int threads) {
        this.index = index;
        this.search = search;
        this.detector = detector;
        this.context = context;
        this.size = size;
        this.seedFile = seedFile;
        this.threads = threads;
        this.pivot = pivot;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = 0;
        try {
            benchmark(System.out);
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    void benchmark(PrintStream out) throws Exception {
        List<IndexedPractice> seeds = seeds();
        SyntheticLibrary library = new SyntheticLibrary(seeds, 42);
        detector.detect("Nasze miasto się starzeje i szukamy dobrych praktyk."); // load the models before measuring
        long p0 = System.nanoTime();
        pivot.awaitLoaded(); // the dictionaries too (read in the background at start)
        out.printf(Locale.ROOT, "Dictionaries: %s (waited %d ms for them)%n", pivot.languages().isEmpty()
                ? "none found (no pivot run)" : pivot.fingerprint(), (System.nanoTime() - p0) / 1_000_000);
        long heapBefore = usedHeapAfterGc();
        out.printf(Locale.ROOT, "Benchmark: %d synthetic practices in %s from %d seed practices, %d indexing threads%n",
                size, library.languages(), seeds.size(), threads);

        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // a bulk load, as a rebuild from the database is: no refresh or commit until the end (PracticeIndex.bulk)
        index.bulk(() -> {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int part = t;
                SyntheticLibrary own = new SyntheticLibrary(seeds, 42 + t);
                jobs.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (long id = part + 1; id <= size; id += threads) {
                        index.add(own.practice(id));
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                }));
            }
            try {
                for (Future<?> f : jobs) {
                    f.get();
                }
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Indexing failed", e);
            }
        });
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "index build: %d practices in %.1f s = %.0f practices/s"
                + " (indexing threads used %.1f CPU-s: %.0f practices per CPU-second; load average %.1f)%n",
                size, seconds, size / seconds, cpu.get() / 1e9, size / (cpu.get() / 1e9),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        latency(out, "search", () -> {
            String q = library.keywords();
            return () -> search.search(PracticeQuery.text(q), "en");
        });
        // the library's opening page: no text, newest first, facets over the whole library
        latency(out, "browse", () -> () -> search.search(new PracticeQuery(null, null, null, null, null, null, null,
                PracticeQuery.Order.RELEVANCE, 0, 20), "en"));
        latency(out, "match", () -> {
            String text = library.challenge();
            return () -> search.match(text, null, "en", 10);
        });
        long heapAfter = usedHeapAfterGc();
        out.printf(Locale.ROOT, "heap used after GC: %d MB total, %d MB for the index and searcher (max heap %d MB)%n",
                heapAfter >> 20, (heapAfter - heapBefore) >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
    }

    private static void latency(PrintStream out, String name, Supplier<Runnable> requests) {
        for (int i = 0; i < WARMUP; i++) {
            requests.get().run();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Runnable r = requests.get();
            long c = mx.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            r.run();
            nanos[i] = System.nanoTime() - s;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "%s latency (%d requests): p50=%.1f ms p95=%.1f ms p99=%.1f ms"
                + " (CPU time: p50=%.1f ms p95=%.1f ms p99=%.1f ms)%n", name, MEASURED,
                pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), pct(cpu, 50), pct(cpu, 95), pct(cpu, 99));
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private List<IndexedPractice> seeds() throws Exception {
        if (!seedFile.isBlank()) {
            return Corpus.practices(Path.of(seedFile), t -> "en");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/practices.json")) {
            if (in == null) {
                throw new IllegalStateException("No seed practices: give --citypeers.benchmark.seed-corpus=FILE");
            }
            Path tmp = Files.createTempFile("citypeers-seeds", ".json");
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Corpus.practices(tmp, t -> "en");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
