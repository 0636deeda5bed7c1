package org.confounderlab.launch.training;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine's training JVM reports on its standard output, line by line, in fixed formats: where the run
 * is, how far the current epoch is, and each finished epoch. Any other line is log text for the console only.
 */
public sealed interface TrainingEvent {

    /** {@code run folder: PATH}: the run is written to {@code folder}. */
    record RunFolderEvent(Path folder) implements TrainingEvent {
    }

    /** {@code progress: epoch E/N batch B/M loss L eta Ss}: a step within epoch {@code epoch} (1-based). */
    record BatchEvent(int epoch, int epochs, int batch, int batches, double loss, long etaSeconds)
            implements TrainingEvent {

        /** Share of the whole training done, in [0, 1]. */
        public double fractionDone() {
            return Math.min(1, ((epoch - 1) + (double) batch / Math.max(1, batches)) / Math.max(1, epochs));
        }
    }

    /** {@code epoch E/N  train loss T  validation loss V ...}: epoch {@code epoch} (1-based) has finished. */
    record EpochEvent(int epoch, int epochs, double trainLoss, double validationLoss) implements TrainingEvent {

        /** Share of the whole training done, in [0, 1]. */
        public double fractionDone() {
            return Math.min(1, (double) epoch / Math.max(1, epochs));
        }
    }

    Pattern RUN_FOLDER = Pattern.compile("^run folder: (.+)$");
    Pattern BATCH = Pattern.compile(
            "^progress: epoch (\\d+)/(\\d+) batch (\\d+)/(\\d+) loss ([-+0-9.eE]+|NaN) eta (\\d+)s$");
    Pattern EPOCH = Pattern.compile(
            "^epoch (\\d+)/(\\d+)\\s+train loss ([-+0-9.eE]+|NaN)\\s+validation loss ([-+0-9.eE]+|NaN)\\b.*$");

    /** The event one output line reports, or empty for a line of plain log text. */
    static Optional<TrainingEvent> parse(String line) {
        String text = line.strip();
        Matcher matcher = RUN_FOLDER.matcher(text);
        if (matcher.matches()) {
            return Optional.of(new RunFolderEvent(Path.of(matcher.group(1))));
        }
        matcher = BATCH.matcher(text);
        if (matcher.matches()) {
            return Optional.of(new BatchEvent(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)),
                    Double.parseDouble(matcher.group(5)), Long.parseLong(matcher.group(6))));
        }
        matcher = EPOCH.matcher(text);
        if (matcher.matches()) {
            return Optional.of(new EpochEvent(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4))));
        }
        return Optional.empty();
    }
}
