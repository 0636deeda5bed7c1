package org.confounderlab.engine.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.confounderlab.engine.training.InitialWeightsReport;

import org.confounderlab.engine.report.Formats;
import org.confounderlab.engine.training.BatchProgress;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.LossTerm;
import org.confounderlab.engine.training.TrainingListener;

/**
 * Prints how training goes, with an estimate of the time left: a {@code progress:} line at most every few seconds
 * while an epoch runs (fixed format, read by the IDE's launch: {@code progress: epoch E/N batch B/M loss L eta S}),
 * and an {@code epoch} line with losses and validation AUCs when one ends.
 */
final class TrainingProgress implements TrainingListener {

    private static final long PRINT_INTERVAL_MILLIS = 5_000;

    private final PrintStream out;
    private final List<String> labels;
    private final Consumer<EpochSummary> onEpoch;
    private final long start = System.currentTimeMillis();
    private long firstStep = -1;
    private long lastPrint;
    private BatchProgress last;
    private Consumer<List<LossTerm>> onLossTerms = terms -> { };
    private Consumer<InitialWeightsReport> onInitialWeights = report -> { };
    private java.util.function.BiConsumer<Integer, double[]> onGroupWeights = (epoch, weights) -> { };

    TrainingProgress(PrintStream out, List<String> labels, Consumer<EpochSummary> onEpoch) {
        this.out = out;
        this.labels = labels;
        this.onEpoch = onEpoch;
    }

    /** Also hands distillation's initial terms to {@code consumer}. */
    TrainingProgress recordingLossTermsWith(Consumer<List<LossTerm>> consumer) {
        this.onLossTerms = consumer;
        return this;
    }

    /** Also hands group DRO's weights at each epoch's end to {@code consumer}. */
    TrainingProgress recordingGroupWeightsWith(java.util.function.BiConsumer<Integer, double[]> consumer) {
        this.onGroupWeights = consumer;
        return this;
    }

    /** Also hands what the network took from its weights file to {@code consumer}. */
    TrainingProgress recordingInitialWeightsWith(Consumer<InitialWeightsReport> consumer) {
        this.onInitialWeights = consumer;
        return this;
    }

    @Override
    public void onInitialWeights(InitialWeightsReport report) {
        onInitialWeights.accept(report);
        out.println(report.summary());
    }

    @Override
    public void onLossTerms(List<LossTerm> initialTerms) {
        onLossTerms.accept(initialTerms);
        out.println("distillation, before the first step: " + describe(initialTerms, true));
    }

    /** "labels 0.6931, final layer 0.7003 (weight 5), layer layer0 50.12 (weight 5, scale 0.0138)". */
    static String describe(List<LossTerm> terms, boolean withScales) {
        StringBuilder text = new StringBuilder();
        for (LossTerm term : terms) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.4g", term.name(),
                    term.value()));
            if (withScales && !term.name().equals(LossTerm.LABELS)) {
                text.append(String.format(Locale.ROOT, " (weight %.3g%s)", term.weight(), term.scale() == 1 ? ""
                        : String.format(Locale.ROOT, ", scale %.3g", term.scale())));
            }
        }
        return text.toString();
    }

    @Override
    public void onBatch(BatchProgress progress) {
        if (firstStep < 0) {
            firstStep = progress.stepsDone() - 1; // steps of epochs finished before this process (resume)
        }
        last = progress;
        long now = System.currentTimeMillis();
        if (now - lastPrint >= PRINT_INTERVAL_MILLIS && progress.batch() < progress.batches()) {
            lastPrint = now;
            out.printf(Locale.ROOT, "progress: epoch %d/%d batch %d/%d loss %.4f eta %ds%n", progress.epoch(),
                    progress.epochs(), progress.batch(), progress.batches(), progress.loss(), etaSeconds(now));
        }
    }

    @Override
    public void onEpoch(EpochSummary epoch) {
        onEpoch.accept(epoch);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "epoch %d/%d  train loss %.4f  validation loss %.4f", epoch.epoch(),
                last == null ? epoch.epoch() : last.epochs(), epoch.trainLoss(), epoch.validationLoss()));
        for (int l = 0; l < labels.size(); l++) {
            line.append(String.format(Locale.ROOT, "  AUC(%s) %.3f", labels.get(l), epoch.validationAucs()[l]));
        }
        if (!epoch.lossTerms().isEmpty()) {
            line.append("  terms: ").append(describe(epoch.lossTerms(), false));
        }
        if (epoch.backboneFrozen()) {
            line.append("  (classifier only)");
        }
        line.append(String.format(Locale.ROOT, "  %.1fs  ETA %s", epoch.millis() / 1000.0,
                Formats.duration(etaSeconds(System.currentTimeMillis()))));
        out.println(line);
        lastPrint = System.currentTimeMillis();
    }

    @Override
    public void onMessage(String message) {
        out.println(message);
    }

    /** Time left at the average pace of this process's steps so far (validation time included). */
    long etaSeconds(long now) {
        if (last == null) {
            return 0;
        }
        long done = last.stepsDone() - firstStep;
        long left = last.stepsPlanned() - last.stepsDone();
        return done <= 0 ? 0 : (now - start) * left / done / 1000;
    }

    @Override
    public void onGroupWeights(int epoch, double[] weights) {
        onGroupWeights.accept(epoch, weights);
    }
}
