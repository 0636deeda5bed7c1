package org.confounderlab.engine.cli;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.run.InputOptions;

/**
 * The options of {@code run} and {@code study} that say how images are read: {@code --no-cache},
 * {@code --cache-bits 8|16|auto}, {@code --cache-dir DIR}, {@code --on-bad-image skip|stop}, {@code --prefetch N}.
 */
final class InputArguments {

    /** The options' part of a usage line. */
    static final String USAGE = "[--no-cache] [--cache-bits 8|16|auto] [--cache-dir DIR] [--on-bad-image skip|stop] "
            + "[--prefetch N]";

    private InputOptions options;

    InputArguments(int threads) {
        this.options = InputOptions.defaults(threads);
    }

    /**
     * Takes {@code args[i]} (and its value) when it is one of these options; returns the index of the last argument
     * used, or -1 when it is not one of them.
     */
    int take(List<String> args, int i) {
        int taken = takeOption(args, i);
        given |= taken >= 0;
        return taken;
    }

    private boolean given;

    /** Whether any of these options was given. */
    boolean given() {
        return given;
    }

    /** The options {@code InputOptions.arguments} wrote (a submission's own), with {@code readThreads} threads. */
    static InputOptions parse(List<String> arguments, int readThreads) {
        InputArguments input = new InputArguments(readThreads);
        for (int i = 0; i < arguments.size(); i++) {
            int taken = input.take(arguments, i);
            if (taken < 0) {
                throw new IllegalArgumentException("'" + arguments.get(i) + "' is not an image-reading option");
            }
            i = taken;
        }
        return input.options(readThreads);
    }

    private int takeOption(List<String> args, int i) {
        String arg = args.get(i);
        switch (arg) {
            case "--no-cache" -> options = options.withCache(false);
            case "--cache-bits" -> {
                String bits = OptionValues.value(args, ++i, arg);
                if (!bits.equals("8") && !bits.equals("16") && !bits.equals("auto")) {
                    throw new IllegalArgumentException("--cache-bits must be 8, 16 or auto, not '" + bits + "'");
                }
                options = options.withCacheBits(bits.equals("auto") ? 0 : Integer.parseInt(bits));
            }
            case "--cache-dir" -> options = options.withCacheFolder(Path.of(OptionValues.value(args, ++i, arg)));
            case "--on-bad-image" -> {
                String policy = OptionValues.value(args, ++i, arg);
                options = options.withOnBadImage(switch (policy) {
                    case "skip" -> ProblemPolicy.SKIP;
                    case "stop" -> ProblemPolicy.STOP;
                    default -> throw new IllegalArgumentException("--on-bad-image must be skip or stop, not '"
                            + policy + "'");
                });
            }
            case "--prefetch" -> options = options.withPrefetch(OptionValues.positive(arg,
                    OptionValues.value(args, ++i, arg)));
            default -> {
                return -1;
            }
        }
        return i;
    }

    /** The options given, with {@code readThreads} reading threads. */
    InputOptions options(int readThreads) {
        return new InputOptions(options.cache(), options.cacheBits(), options.cacheFolder(), options.onBadImage(),
                readThreads, options.prefetch());
    }
}
