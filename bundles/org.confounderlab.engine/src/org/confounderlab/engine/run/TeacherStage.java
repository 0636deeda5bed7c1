package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.Distillation;
import org.confounderlab.engine.training.EarlyStopping;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.LossTerm;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The teacher step of the "train" stage, when the experiment distils: trains the specialist teacher on its
 * confounder-free data (masked images, a balanced subset or a clean subset, see {@link TeacherImages}), records it
 * in the run and saves it beside the run, and hands the student what it distils from. A resumed run takes the teacher
 * its first session saved, and the loss scales it measured, so the loss stays the same.
 */
final class TeacherStage {

    private final TrainingBackend backend;
    private final PrintStream progress;

    TeacherStage(TrainingBackend backend, PrintStream progress) {
        this.backend = backend;
        this.progress = progress;
    }

    /** What the student of {@code run}, trained with {@code student} on {@code train}, distils from. */
    Distillation distillation(Run run, TrainingSettings student, RunImages images, StreamedImages train,
            StreamedImages validation, RunFolder folder)
            throws DataSetException, TrainingException, InterruptedException, IOException {
        Experiment experiment = run.getExperiment();
        DistillationSpec spec = experiment.getTraining().getDistillation();
        List<String> labels = train.labels();
        TeacherImages data = TeacherImages.of(experiment, train.entries(), validation.entries(), labels.get(0));
        if (data.train().size() < 2 || data.validation().isEmpty()) {
            throw new TrainingException("The specialist teacher has " + data.train().size() + " training and "
                    + data.validation().size() + " validation images (" + data.description() + "): too few");
        }
        ImageIntervention cover = images.cover();
        Function<ManifestEntry, Map<String, Box>> teacherRegions = images.regions();
        if (!data.maskRegions().isEmpty()) {
            TrainTimeMask mask = TrainTimeMask.over(train.entries(), teacherRegions,
                    List.copyOf(data.maskRegions()));
            cover = mask.intervention();
            teacherRegions = mask.addCovers(teacherRegions);
        }
        long seed = experiment.getSplit().getSeed();
        DistillationRecord previous = run.getDistillation();
        Path teacherFile = folder.path().resolve(RunFolder.TEACHER_FILE);
        ImageClassifier teacher;
        List<LossTerm> known = List.of();
        if (student.resuming() && previous != null && previous.getKeptEpoch() > 0
                && Files.isRegularFile(teacherFile)) {
            teacher = backend.load(teacherFile, labels);
            known = previous.getTerms().stream().map(t -> new LossTerm(t.getName(), t.getWeight(), t.getScale(),
                    t.getValue())).toList();
            progress.println("specialist teacher: the interrupted run's, from " + teacherFile + " (" + previous
                    .getTeacherData() + ")");
            run.getArtifacts().add(RunRecords.artifact(ArtifactKind.MODEL, RunFolder.TEACHER_FILE, "specialist "
                    + "teacher, trained on " + previous.getTeacherData() + ", weights of epoch "
                    + previous.getKeptEpoch()));
        } else {
            StreamedImages teacherTrain = images.through(data.train(), cover, teacherRegions, seed);
            StreamedImages teacherValidation = images.through(data.validation(), cover, teacherRegions, seed + 1);
            teacher = trainTeacher(run, spec, student, data, teacherTrain, teacherValidation, train.count(), labels,
                    folder);
        }
        // What the teacher sees of every training image, for its targets: the images with its covers, augmented
        // with the student's draws.
        StreamedImages view = cover == images.cover() ? null
                : images.through(train.entries(), cover, teacherRegions, seed);
        List<Distillation.Layer> layers = spec.getLayers().stream()
                .map(layer -> new Distillation.Layer(layer.getLayer(), layer.getWeight())).toList();
        try {
            return new Distillation(teacher, view, layers, spec.getLayerWeight(), spec.getFinalLayerWeight(), known);
        } catch (IllegalArgumentException e) {
            throw new TrainingException("Distillation: " + e.getMessage(), e);
        }
    }

    /** Trains the teacher on its images, records it in the run and saves it beside the run. */
    private ImageClassifier trainTeacher(Run run, DistillationSpec spec, TrainingSettings student, TeacherImages data,
            StreamedImages teacherTrain, StreamedImages teacherValidation, int studentImages, List<String> labels,
            RunFolder folder) throws TrainingException, IOException {
        int epochs = spec.getTeacherEpochs() > 0 ? spec.getTeacherEpochs()
                : teacherEpochs(student.epochs(), studentImages, teacherTrain.count());
        progress.printf(Locale.ROOT, "specialist teacher: %s, %d validation images, %d epochs%n",
                data.description(), teacherValidation.count(), epochs);
        DistillationRecord record = RunFactory.eINSTANCE.createDistillationRecord();
        record.setTeacherData(data.description());
        record.setTeacherImages(teacherTrain.count());
        run.setDistillation(record);
        TrainingSettings settings = student.withCheckpoints(null).resumingAfter(List.of()).withExampleWeights(null)
                .withRebalancing(Rebalancing.NONE).withEpochs(epochs);
        List<EpochSummary> summaries = new ArrayList<>();
        ImageClassifier teacher = backend.train(teacherTrain, teacherValidation, settings,
                new TrainingProgress(progress, labels, epoch -> {
                    synchronized (run) {
                        summaries.add(epoch);
                        record.getTeacherEpochs().add(RunRecords.epochRecord(epoch, labels, settings.learningRate()));
                        RunRecords.save(folder, run);
                    }
                }));
        teacher.save(folder.path().resolve(RunFolder.TEACHER_FILE));
        EarlyStopping stopping = EarlyStopping.after(settings.earlyStoppingPatience(), summaries);
        record.setKeptEpoch(stopping.enabled() && stopping.bestEpoch() > 0 ? stopping.bestEpoch()
                : summaries.get(summaries.size() - 1).epoch());
        record.setTeacherModel(RunFolder.TEACHER_FILE);
        run.getArtifacts().add(RunRecords.artifact(ArtifactKind.MODEL, RunFolder.TEACHER_FILE, "specialist teacher ("
                + settings.architecture() + "), trained on " + data.description() + ", weights of epoch "
                + record.getKeptEpoch()));
        folder.save(run);
        return teacher;
    }

    /**
     * The teacher's epochs when the experiment leaves them open: as many optimisation steps as the student's, so a
     * teacher on a quarter of the images trains four times the epochs (at most ten times the student's).
     */
    static int teacherEpochs(int studentEpochs, int studentImages, int teacherImages) {
        long epochs = ((long) studentEpochs * studentImages + teacherImages - 1) / Math.max(1, teacherImages);
        return (int) Math.max(1, Math.min(10L * studentEpochs, epochs));
    }
}
