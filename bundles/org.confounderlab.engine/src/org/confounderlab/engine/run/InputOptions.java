package org.confounderlab.engine.run;

import java.nio.file.Path;

import org.confounderlab.engine.data.ProblemPolicy;

/**
 * How a run reads its images.
 *
 * @param cache       whether to read through the preprocessed cache (built on first use), or decode every file on
 *                    every read
 * @param cacheBits   8 or 16 bits per cached value, or 0 for what the images need ({@link
 *                    org.confounderlab.engine.input.PreprocessedCache#bitsFor}: 16 for 16-bit sources)
 * @param cacheFolder where caches live, or {@code null} for {@code <runs>/.cache} beside the experiments' runs
 * @param onBadImage  what an unreadable image does: {@link ProblemPolicy#SKIP} leaves it out, counted and listed;
 *                    {@link ProblemPolicy#STOP} fails the run, naming it; {@code null}: as the experiment's data set
 *                    says ({@code badImagePolicy})
 * @param readThreads threads that read and prepare batches ahead of the trainer
 * @param prefetch    batches prepared ahead at most
 */
public record InputOptions(boolean cache, int cacheBits, Path cacheFolder, ProblemPolicy onBadImage, int readThreads,
        int prefetch) {

    /**
     * The cache on (as many bits as the images need, beside the runs), bad images as the experiment says,
     * {@code threads} readers, 4 batches ahead.
     */
    public static InputOptions defaults(int threads) {
        return new InputOptions(true, 0, null, null, Math.max(1, threads), 4);
    }

    public InputOptions {
        if (cacheBits != 0 && cacheBits != 8 && cacheBits != 16) {
            throw new IllegalArgumentException("the cache holds 8 or 16 bits per value, not " + cacheBits);
        }
        if (readThreads < 0 || prefetch < 1) {
            throw new IllegalArgumentException("reading needs threads ≥ 0 and a prefetch depth ≥ 1");
        }
    }

    public InputOptions withCache(boolean on) {
        return new InputOptions(on, cacheBits, cacheFolder, onBadImage, readThreads, prefetch);
    }

    public InputOptions withCacheBits(int bits) {
        return new InputOptions(cache, bits, cacheFolder, onBadImage, readThreads, prefetch);
    }

    public InputOptions withCacheFolder(Path folder) {
        return new InputOptions(cache, cacheBits, folder, onBadImage, readThreads, prefetch);
    }

    public InputOptions withOnBadImage(ProblemPolicy policy) {
        return new InputOptions(cache, cacheBits, cacheFolder, policy, readThreads, prefetch);
    }

    public InputOptions withReadThreads(int threads) {
        return new InputOptions(cache, cacheBits, cacheFolder, onBadImage, threads, prefetch);
    }

    public InputOptions withPrefetch(int depth) {
        return new InputOptions(cache, cacheBits, cacheFolder, onBadImage, readThreads, depth);
    }

    /**
     * These options as the engine's command line gives them ({@code --no-cache}, {@code --cache-bits},
     * {@code --cache-dir}, {@code --on-bad-image}, {@code --prefetch}), for another engine JVM: a study's arm, a
     * cluster's task. The reading threads are that JVM's own.
     */
    public java.util.List<String> arguments() {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        if (!cache) {
            arguments.add("--no-cache");
        }
        if (cacheBits != 0) {
            arguments.addAll(java.util.List.of("--cache-bits", String.valueOf(cacheBits)));
        }
        if (cacheFolder != null) {
            arguments.addAll(java.util.List.of("--cache-dir", cacheFolder.toAbsolutePath().toString()));
        }
        if (onBadImage != null) {
            arguments.addAll(java.util.List.of("--on-bad-image", onBadImage == ProblemPolicy.SKIP ? "skip" : "stop"));
        }
        arguments.addAll(java.util.List.of("--prefetch", String.valueOf(prefetch)));
        return arguments;
    }
}
