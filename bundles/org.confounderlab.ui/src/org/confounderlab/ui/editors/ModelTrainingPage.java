package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.Experiment;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * What is trained and how: architecture and input, a model trained elsewhere (ONNX), optimisation, class balance,
 * distillation, compute backend.
 */
public class ModelTrainingPage extends ExperimentFormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.training";

    public ModelTrainingPage(ExperimentEditor editor) {
        super(editor, ID, "Model and Training");
    }

    @Override
    protected void createSections(FormToolkit toolkit, ScrolledForm form) {
        Experiment experiment = editor().getExperiment();
        ExperimentFields fields = editor().fields();
        Composite model = section(toolkit, form, "Model", "The network and the images it sees.");
        fields.choice(toolkit, model, "model.architecture", experiment.getModel(), "architecture", "Architecture",
                "SMALL_CNN for quick studies; RESNET18 or DENSENET121 (as in the MURA and ChestX-ray14 papers); "
                        + "ONNX audits a model trained elsewhere without training it (see the ONNX model section)");
        fields.text(toolkit, model, "model.inputSize", experiment.getModel(), "inputSize", "Input size (pixels)",
                "Images are letterboxed to this square size, e.g. 224");
        fields.text(toolkit, model, "model.channels", experiment.getModel(), "channels", "Channels",
                "1 for gray radiographs, 3 for RGB");
        fields.file(toolkit, model, "model.weightsFile", experiment.getModel(), "weightsFile", "Initial weights",
                "Pretrained weights: a torchvision/timm state dict (.pth, .pt or .safetensors) for RESNET18 or "
                        + "DENSENET121, or an earlier run's model.zip; relative to the experiment's folder",
                new String[] {"*.safetensors;*.pth;*.pt;*.zip", "*.*"}, editor()::getExperimentFolder);
        fields.choice(toolkit, model, "model.normalisation", experiment.getModel(), "normalisation",
                "Normalisation", "What the weights were trained with: IMAGENET for torchvision and timm weights "
                        + "(gray models: mean 0.449, std 0.226), TORCHXRAYVISION for its weights ([-1024, 1024]), "
                        + "PER_IMAGE standardises each image, CUSTOM uses the mean and std below, NONE keeps [0, 1]");
        fields.text(toolkit, model, "model.normalisationMean", experiment.getModel(), "normalisationMean",
                "Custom mean", "CUSTOM normalisation: one mean, or one per channel, e.g. 0.5 or 0.485, 0.456, 0.406");
        fields.text(toolkit, model, "model.normalisationStd", experiment.getModel(), "normalisationStd",
                "Custom std", "CUSTOM normalisation: one standard deviation, or one per channel");
        Composite onnx = section(toolkit, form, "ONNX model", "A model trained elsewhere (architecture ONNX): "
                + "audited as it is, nothing below is trained.");
        OnnxModelSection.create(editor(), toolkit, form, onnx);
        Composite training = section(toolkit, form, "Training", "Optimisation, stopping and class balance.");
        fields.text(toolkit, training, "training.epochs", experiment.getTraining(), "epochs", "Epochs",
                "Passes over the training images; 0 evaluates and diagnoses the initial weights untrained");
        fields.text(toolkit, training, "training.freezeEpochs", experiment.getTraining(), "freezeEpochs",
                "Frozen epochs", "Fine-tuning: train only the classifier for this many first epochs, then all "
                        + "layers; 0 trains everything from the start");
        fields.text(toolkit, training, "training.batchSize", experiment.getTraining(), "batchSize", "Batch size",
                "Images per training step");
        fields.text(toolkit, training, "training.learningRate", experiment.getTraining(), "learningRate",
                "Learning rate", "Adam's step size, e.g. 0.001");
        fields.text(toolkit, training, "training.weightDecay", experiment.getTraining(), "weightDecay",
                "Weight decay", "L2 penalty on the weights; 0 for none");
        fields.text(toolkit, training, "training.seed", experiment.getTraining(), "seed", "Training seed",
                "Initial weights and the order of every epoch; the split has its own seed");
        fields.text(toolkit, training, "training.earlyStoppingPatience", experiment.getTraining(),
                "earlyStoppingPatience", "Early stopping patience",
                "Stop after this many epochs without a better mean validation AUC and keep the best; 0: never");
        fields.choice(toolkit, training, "training.rebalancing", experiment.getTraining(), "rebalancing",
                "Rebalancing", "CLASS_WEIGHTED re-samples positives and negatives by n/(2·count); GROUP_BALANCED "
                        + "re-samples so every subgroup of the rebalance attribute has the training set's prevalence");
        fields.reference(toolkit, training, "training.rebalanceAttribute", experiment.getTraining(),
                "rebalanceAttribute", "Rebalance attribute", "GROUP_BALANCED: the confounder attribute whose "
                        + "subgroups get the same label prevalence (the run records each subgroup's weights)",
                experiment::getAttributes);
        fields.choice(toolkit, training, "training.trainTimeMaskPlacement", experiment.getTraining(),
                "trainTimeMaskPlacement", "Train-time masks", "REGIONS covers the train-time masking regions; "
                        + "RANDOM_LOCATION erases boxes of their size elsewhere (the control arm)");
        TrainingPartSections.create(editor(), toolkit, form);
        if (experiment.getBackend() != null) {
            Composite backend = section(toolkit, form, "Backend", "Where training runs (a launch can override it).");
            fields.choice(toolkit, backend, "backend.kind", experiment.getBackend(), "kind", "Backend",
                    "CPU, or CUDA with the optional CUDA runtime");
            fields.text(toolkit, backend, "backend.deviceIndex", experiment.getBackend(), "deviceIndex",
                    "CUDA device", "The device index, as nvidia-smi numbers it");
        }
        OptionalSpecSection.create(editor(), toolkit, form, new OptionalSpecSection.Part("Slurm cluster",
                "What each job asks for when runs and studies are submitted to a cluster (run or study --executor "
                        + "slurm, or the launch configuration's Cluster tab, whose values come first).",
                "Resources for Slurm jobs", "Partition, GPUs, cores, memory and time of each job; further sbatch "
                        + "options are listed in the source page (extraArguments)",
                org.confounderlab.model.experiment.ExperimentPackage.Literals.EXPERIMENT__SLURM,
                org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE::createSlurmSpec, (parent, spec) -> {
                    fields.text(toolkit, parent, "slurm.partition", spec, "partition", "Partition",
                            "sbatch --partition; empty: the cluster's default");
                    fields.text(toolkit, parent, "slurm.gpusPerJob", spec, "gpusPerJob", "GPUs per job",
                            "sbatch --gpus; 0: none");
                    fields.text(toolkit, parent, "slurm.cpusPerJob", spec, "cpusPerJob", "CPU cores per job",
                            "sbatch --cpus-per-task: the training's threads");
                    fields.text(toolkit, parent, "slurm.memory", spec, "memory", "Memory per job",
                            "sbatch --mem, e.g. 48G; empty: the partition's default");
                    fields.text(toolkit, parent, "slurm.timeLimit", spec, "timeLimit", "Time limit",
                            "sbatch --time, e.g. 12:00:00; a task stopped at its limit continues from its last "
                                    + "checkpoint on study --resume");
                    fields.text(toolkit, parent, "slurm.account", spec, "account", "Account",
                            "sbatch --account; empty: your default");
                    fields.text(toolkit, parent, "slurm.qos", spec, "qos", "QOS", "sbatch --qos; empty: the default");
                }, root -> root));
    }
}
