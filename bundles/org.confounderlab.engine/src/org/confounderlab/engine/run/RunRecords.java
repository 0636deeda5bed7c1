package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.InitialWeightsReport;
import org.confounderlab.engine.training.LossTerm;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.InitialWeightsRecord;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/** The run model's records of what the stages made: artifacts, epochs and loss terms, and back. */
final class RunRecords {

    private RunRecords() {
    }

    /** The run's record of how it read its data set, made when first asked for. */
    static InputRecord inputs(Run run) {
        if (run.getInputs() == null) {
            run.setInputs(RunFactory.eINSTANCE.createInputRecord());
        }
        return run.getInputs();
    }

    static Artifact artifact(ArtifactKind kind, String path, String description) {
        Artifact artifact = RunFactory.eINSTANCE.createArtifact();
        artifact.setKind(kind);
        artifact.setPath(path);
        artifact.setDescription(description);
        return artifact;
    }

    static EpochRecord epochRecord(EpochSummary epoch, List<String> labels, double learningRate) {
        EpochRecord record = RunFactory.eINSTANCE.createEpochRecord();
        record.setIndex(epoch.epoch());
        record.setTrainLoss(epoch.trainLoss());
        record.setValidationLoss(epoch.validationLoss());
        record.setDurationMillis(epoch.millis());
        record.setLearningRate(learningRate);
        record.setBackboneFrozen(epoch.backboneFrozen());
        for (int l = 0; l < labels.size(); l++) {
            LabelValue auc = RunFactory.eINSTANCE.createLabelValue();
            auc.setLabel(labels.get(l));
            auc.setValue(epoch.validationAucs()[l]);
            record.getLabelAucs().add(auc);
        }
        epoch.lossTerms().forEach(term -> record.getLossTerms().add(lossTerm(term)));
        return record;
    }

    /** An epoch as the run recorded it, back in the trainer's terms (for resuming). */
    static EpochSummary summary(EpochRecord record, List<String> labels) {
        double[] aucs = new double[labels.size()];
        Arrays.fill(aucs, Double.NaN);
        for (LabelValue value : record.getLabelAucs()) {
            int index = labels.indexOf(value.getLabel());
            if (index >= 0) {
                aucs[index] = value.getValue();
            }
        }
        return new EpochSummary(record.getIndex(), record.getTrainLoss(), record.getValidationLoss(), aucs,
                record.getDurationMillis(), List.of(), record.isBackboneFrozen());
    }

    /** What the network took from its weights file, as the run records it. */
    static InitialWeightsRecord initialWeights(InitialWeightsReport report) {
        InitialWeightsRecord stored = RunFactory.eINSTANCE.createInitialWeightsRecord();
        stored.setFile(report.file().toAbsolutePath().toString());
        stored.setFormat(report.format());
        stored.setSha256(report.sha256());
        stored.getLoaded().addAll(report.loaded());
        stored.getInitialised().addAll(report.initialised());
        stored.getIgnored().addAll(report.ignored());
        stored.getAdaptations().addAll(report.adaptations());
        return stored;
    }

    static org.confounderlab.model.run.LossTerm lossTerm(LossTerm term) {
        org.confounderlab.model.run.LossTerm stored = RunFactory.eINSTANCE.createLossTerm();
        stored.setName(term.name());
        stored.setWeight(term.weight());
        stored.setScale(term.scale());
        stored.setValue(term.value());
        return stored;
    }

    /** Saves {@code run} from a trainer's callback, which cannot throw an {@link IOException}. */
    static void save(RunFolder folder, Run run) {
        try {
            folder.save(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
