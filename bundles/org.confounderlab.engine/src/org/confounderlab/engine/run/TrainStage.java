package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.EarlyStopping;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.GroupBalance;
import org.confounderlab.engine.training.GroupDro;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.engine.weights.WeightsFileException;
import org.confounderlab.engine.weights.WeightsFiles;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.TrainingSpec;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "train" stage of a run: the group-balanced loss weights if the experiment re-balances, the specialist teacher
 * if it distils ({@link TeacherStage}), then the model, each epoch recorded in the run and checkpointed as it ends,
 * so an interrupted run continues after its last finished epoch. The model is saved beside the run.
 */
public final class TrainStage {

    private final TrainingBackend backend;
    private final PrintStream progress;

    public TrainStage(TrainingBackend backend, PrintStream progress) {
        this.backend = backend;
        this.progress = progress;
    }

    /**
     * The settings {@code experiment} trains with ({@code options} may override the epochs and the backend), its
     * weights file read relative to {@code experimentFile}'s folder.
     */
    public static TrainingSettings settings(Experiment experiment, Path experimentFile, RunOptions options) {
        TrainingSpec training = experiment.getTraining();
        String weights = experiment.getModel().getWeightsFile();
        Path weightsFile = null;
        if (weights != null && !weights.isBlank()) {
            weightsFile = Path.of(weights);
            if (!weightsFile.isAbsolute()) {
                weightsFile = experimentFile.toAbsolutePath().getParent().resolve(weightsFile);
            }
        }
        return new TrainingSettings(experiment.getModel().getArchitecture(),
                options.epochs() >= 0 ? options.epochs() : training.getEpochs(), training.getBatchSize(),
                training.getLearningRate(), training.getWeightDecay(), training.getSeed())
                .withEarlyStopping(training.getEarlyStoppingPatience())
                .withRebalancing(training.getRebalancing())
                .withWeightsFile(weightsFile)
                .withFreezeEpochs(training.getFreezeEpochs())
                .withBackend(options.backendFor(experiment), options.deviceFor(experiment));
    }

    /**
     * Reads the weights file {@code settings} name, if any, before anything else of the run happens: a missing,
     * truncated or unsafe file (a pickle naming anything but a state dict's parts) stops the run at once, with the
     * file's name, instead of after the import and the cache. The backend checks the tensors against the network.
     */
    public static void checkWeightsFile(TrainingSettings settings, PrintStream progress) throws TrainingException {
        Path file = settings.weightsFile();
        if (file == null) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("The weights file " + file + " (the experiment's model.weightsFile) does "
                    + "not exist");
        }
        if (WeightsFiles.isDeeplearning4jModel(file)) {
            progress.println("weights: " + file + " (a Deeplearning4j model)");
            return;
        }
        try {
            StateDict state = StateDict.read(file);
            progress.printf(Locale.ROOT, "weights: %s (%s, %d tensors, sha256 %s)%n", file, state.format(),
                    state.size(), state.sha256());
        } catch (WeightsFileException e) {
            throw new TrainingException("Cannot use the weights file " + file + ": " + e.problem(), e);
        }
    }

    /**
     * Trains on {@code train} with {@code validation} as {@code run}'s experiment says, with {@code settings} (from
     * {@link #settings}), continuing after the epochs {@code run} already holds; records everything in {@code run}
     * and saves it and the model in {@code folder}.
     */
    public TrainedModel train(Run run, TrainingSettings settings, RunImages images, StreamedImages train,
            StreamedImages validation, RunFolder folder)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Experiment experiment = run.getExperiment();
        List<String> labels = train.labels();
        float[][] groupWeights = null;
        if (experiment.getTraining().getRebalancing() == Rebalancing.GROUP_BALANCED) {
            GroupBalance balance = groupBalance(experiment, train.entries(), labels);
            recordGroupWeights(run, balance);
            groupWeights = balance.weights();
        }
        if (experiment.getTraining().getJustTrainTwice() != null) {
            if (experiment.getTraining().getRebalancing() != Rebalancing.NONE) {
                throw new TrainingException("Just train twice upweights the images an identification model gets "
                        + "wrong, and re-balancing (" + experiment.getTraining().getRebalancing() + ") sets the "
                        + "sampling weights too: choose one of them");
            }
            groupWeights = new JustTrainTwiceStage(backend, progress).weights(run, settings, train, validation);
        }
        GroupDro dro = experiment.getTraining().getGroupDro() == null ? null : groupDro(run, train);
        double[] drawn = LearningCheck.drawnPrevalence(train.entries(), labels, groupWeights);
        if (experiment.getTraining().getRebalancing() == Rebalancing.CLASS_WEIGHTED) {
            java.util.Arrays.fill(drawn, 0.5); // each class drawn half the time
        }
        if (dro != null) {
            // the groups weigh alike at first: the first label's prevalence is the share of its positive groups
            drawn[0] = (double) dro.names().stream().filter(n -> n.endsWith("/positive")).count() / dro.names().size();
        }
        run.setConstantValidationLoss(LearningCheck.constantValidationLoss(validation.entries(), labels, drawn));
        folder.save(run);
        List<EpochSummary> finished = run.getEpochs().stream().map(record -> RunRecords.summary(record, labels))
                .toList();
        TrainingSettings plain = settings.withCheckpoints(folder.path()).resumingAfter(finished)
                .withExampleWeights(groupWeights).withGroupDro(dro);
        TrainingSettings student = experiment.getTraining().getDistillation() == null ? plain
                : plain.withDistillation(new TeacherStage(backend, progress).distillation(run, plain, images, train,
                        validation, folder));
        run.getBackend().setKind(student.backend());
        int[] lastEpoch = {finished.isEmpty() ? 0 : finished.get(finished.size() - 1).epoch()};
        ImageClassifier classifier = backend.train(train, validation, student,
                new TrainingProgress(progress, labels, epoch -> {
                    synchronized (run) {
                        run.getEpochs().add(RunRecords.epochRecord(epoch, labels, student.learningRate()));
                        lastEpoch[0] = epoch.epoch();
                        RunRecords.save(folder, run);
                    }
                }).recordingGroupWeightsWith((epoch, weights) -> {
                    synchronized (run) {
                        if (run.getGroupDro() != null && dro != null) {
                            run.getGroupDro().getEpochWeights().add("epoch " + epoch + ": " + String.join(", ",
                                    java.util.stream.IntStream.range(0, weights.length).mapToObj(g -> String.format(
                                            Locale.ROOT, "%s %.3f", dro.names().get(g), weights[g])).toList()));
                            RunRecords.save(folder, run);
                        }
                    }
                }).recordingInitialWeightsWith(report -> {
                    synchronized (run) {
                        run.setInitialWeights(RunRecords.initialWeights(report));
                        RunRecords.save(folder, run);
                    }
                }).recordingLossTermsWith(terms -> {
                    synchronized (run) {
                        if (run.getDistillation() != null) {
                            run.getDistillation().getTerms().clear();
                            terms.forEach(term -> run.getDistillation().getTerms().add(RunRecords.lossTerm(term)));
                            RunRecords.save(folder, run);
                        }
                    }
                }));
        classifier.save(folder.path().resolve(RunFolder.MODEL_FILE));
        run.getArtifacts().add(RunRecords.artifact(ArtifactKind.MODEL, RunFolder.MODEL_FILE, "trained "
                + student.architecture() + " (" + backend.name() + "), " + keptWeights(student, run, lastEpoch[0])
                + (train.augmentation().changesImages() ? ", augmented: " + train.augmentation().describe() : "")));
        folder.save(run);
        return new TrainedModel(classifier, student);
    }

    /**
     * Online group DRO's groups for the training images: the spec's confounder (else the rebalancing or first
     * attribute) × the first label's class; recorded in the run. Images of unknown subgroup form a group of their own.
     */
    private static GroupDro groupDro(Run run, StreamedImages train) throws TrainingException {
        Experiment experiment = run.getExperiment();
        org.confounderlab.model.experiment.GroupDroSpec spec = experiment.getTraining().getGroupDro();
        String name = spec.getGroups() != null && !spec.getGroups().isBlank() ? spec.getGroups().strip()
                : LastLayerRetrainingStage.groupsOf(experiment);
        StudyAxis.Grouping grouping = name == null ? null : StudyAxis.grouping(experiment, name, train.entries());
        if (grouping == null) {
            throw new TrainingException("Group DRO needs groups: name an attribute or region NAME under Training > "
                    + "Group DRO > Groups" + (name == null ? " (the experiment has no attribute)" : "; '" + name
                            + "' is neither"));
        }
        boolean[] positive = train.positives(0);
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        int[] groupOf = new int[train.count()];
        java.util.Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < groupOf.length; i++) {
            String group = (grouping.groupOf()[i] == null ? "(unknown)" : grouping.groupOf()[i]) + "/"
                    + (positive[i] ? "positive" : "negative");
            groupOf[i] = index.computeIfAbsent(group, g -> index.size());
            sizes.merge(group, 1, Integer::sum);
        }
        org.confounderlab.model.run.GroupDroRecord record = RunFactory.eINSTANCE.createGroupDroRecord();
        record.setGroups(grouping.name());
        record.setStepSize(spec.getStepSize());
        record.setCells(String.join(", ", sizes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .toList()));
        run.setGroupDro(record);
        return new GroupDro(groupOf, List.copyOf(index.keySet()), spec.getStepSize());
    }

    /** The group-balanced loss weights of the training images, by the experiment's rebalancing attribute. */
    private GroupBalance groupBalance(Experiment experiment, List<ManifestEntry> trainEntries, List<String> labels)
            throws TrainingException {
        ConfounderAttribute attribute = experiment.getTraining().getRebalanceAttribute();
        if (attribute == null) {
            throw new TrainingException("Group-balanced training needs a rebalancing attribute: choose one of the "
                    + "experiment's confounder attributes under Training > Rebalance attribute");
        }
        String column = AttributeColumns.of(attribute);
        GroupBalance balance;
        try {
            balance = GroupBalance.of(trainEntries, labels, column);
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage() + " (rebalancing attribute '" + attribute.getName() + "')", e);
        }
        for (GroupBalance.Group group : balance.groups()) {
            progress.printf(Locale.ROOT, "group-balanced: %s = %s, %s: %d positive, %d negative, weights "
                    + "%.3f / %.3f%s%n", attribute.getName(), group.name(), group.label(), group.positives(),
                    group.negatives(), group.positiveWeight(), group.negativeWeight(),
                    group.balanced() ? "" : " (one class only: cannot be balanced)");
        }
        return balance;
    }

    private static void recordGroupWeights(Run run, GroupBalance balance) {
        run.getGroupWeights().clear();
        for (GroupBalance.Group group : balance.groups()) {
            GroupWeight weight = RunFactory.eINSTANCE.createGroupWeight();
            weight.setAttribute(balance.attribute());
            weight.setGroup(group.name());
            weight.setLabel(group.label());
            weight.setPositives(group.positives());
            weight.setNegatives(group.negatives());
            weight.setPositiveWeight(group.positiveWeight());
            weight.setNegativeWeight(group.negativeWeight());
            run.getGroupWeights().add(weight);
        }
    }

    /** Which epoch's weights the model file holds: the best one with early stopping, else the last. */
    private static String keptWeights(TrainingSettings settings, Run run, int lastEpoch) {
        if (lastEpoch == 0) {
            return settings.weightsFile() == null ? "initial weights, untrained (0 epochs)"
                    : "weights of " + settings.weightsFile().getFileName() + ", untrained (0 epochs)";
        }
        if (settings.earlyStoppingPatience() <= 0) {
            return "weights after epoch " + lastEpoch;
        }
        List<String> labels = List.copyOf(run.getExperiment().getDataset().getLabelNames());
        EarlyStopping stopping = EarlyStopping.after(settings.earlyStoppingPatience(), run.getEpochs().stream()
                .map(r -> RunRecords.summary(r, labels)).toList());
        return String.format(Locale.ROOT, "weights of epoch %d of %d (best mean validation AUC %.3f%s)",
                stopping.bestEpoch(), lastEpoch, stopping.bestAuc(), lastEpoch < settings.epochs()
                        ? ", stopped early" : "");
    }
}
