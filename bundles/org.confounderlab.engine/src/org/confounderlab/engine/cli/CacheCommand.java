package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.input.CacheFolder;

/**
 * {@code cache list [DIR]} and {@code cache clean [DIR] (--unused-days N | --all)}: the preprocessed caches in
 * {@code DIR} (default {@code runs/.cache}), most recently used first, and removing those not used for N days or
 * all of them. A run rebuilds a removed cache when it needs it. The arguments are those after the command name.
 */
public final class CacheCommand {

    static final String USAGE = "usage: cache list [DIR] | cache clean [DIR] (--unused-days N | --all)   "
            + "(DIR: the cache folder, default runs/.cache)";

    private CacheCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !(args.get(0).equals("list") || args.get(0).equals("clean"))) {
            return badInput(err, args.isEmpty() ? "cache: say list or clean" : "cache: unknown action '"
                    + args.get(0) + "'");
        }
        boolean clean = args.get(0).equals("clean");
        Path folder = null;
        Integer days = null;
        boolean all = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (clean && arg.equals("--all")) {
                all = true;
            } else if (clean && arg.equals("--unused-days")) {
                if (i + 1 >= args.size()) {
                    return badInput(err, "cache: --unused-days needs a number of days");
                }
                try {
                    days = Integer.parseInt(args.get(++i));
                } catch (NumberFormatException e) {
                    days = -1;
                }
                if (days < 0) {
                    return badInput(err, "cache: --unused-days needs a whole number of days ≥ 0, got '"
                            + args.get(i) + "'");
                }
            } else if (arg.startsWith("-")) {
                return badInput(err, "cache: unknown option '" + arg + "'");
            } else if (folder == null) {
                folder = Path.of(arg);
            } else {
                return badInput(err, "cache: one folder only, got '" + folder + "' and '" + arg + "'");
            }
        }
        if (clean && (all == (days != null))) {
            return badInput(err, "cache clean: say --unused-days N or --all");
        }
        if (folder == null) {
            folder = Path.of("runs", ".cache");
        }
        try {
            List<CacheFolder.Entry> entries = CacheFolder.list(folder);
            if (!clean) {
                long total = 0;
                for (CacheFolder.Entry entry : entries) {
                    out.println(entry.describe());
                    total += entry.bytes();
                }
                out.printf(Locale.ROOT, "%d caches, %.1f MB in %s%n", entries.size(), total / 1e6,
                        folder.toAbsolutePath());
                return ExitCode.OK;
            }
            List<CacheFolder.Entry> removed = all ? entries
                    : CacheFolder.unusedSince(folder, Instant.now().minus(Duration.ofDays(days)));
            long freed = 0;
            for (CacheFolder.Entry entry : removed) {
                freed += CacheFolder.remove(entry);
                out.println("removed " + entry.describe());
            }
            out.printf(Locale.ROOT, "removed %d of %d caches, %.1f MB freed in %s%n", removed.size(), entries.size(),
                    freed / 1e6, folder.toAbsolutePath());
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("cache: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}
