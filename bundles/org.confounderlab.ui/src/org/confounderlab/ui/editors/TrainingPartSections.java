package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Model and Training page's sections for the optional parts of the training, each an {@link OptionalSpecSection}:
 * distillation from a specialist teacher, last-layer re-training (DFR), just train twice (JTT) and group DRO.
 * Layers to distil are listed in the source page; without any, every layer Grad-CAM can explain is used.
 */
final class TrainingPartSections {

    private TrainingPartSections() {
    }

    /** Adds the four sections to the page's form. */
    static void create(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form) {
        ExperimentFields fields = editor.fields();
        ExperimentFactory factory = ExperimentFactory.eINSTANCE;
        OptionalSpecSection.create(editor, toolkit, form, new OptionalSpecSection.Part("Distillation",
                "Intermediate-layer knowledge distillation from a specialist teacher (Boland, Tsaftaris and "
                        + "Dahdouh, 2025).", "Distil from a specialist teacher", "Train a teacher on "
                        + "confounder-free images first, then this model on all images with its activations and "
                        + "predictions matched to the teacher's", ExperimentPackage.Literals.TRAINING_SPEC__DISTILLATION,
                factory::createDistillationSpec, (parent, spec) -> distillation(editor, toolkit, fields, parent,
                        (DistillationSpec) spec)));
        OptionalSpecSection.create(editor, toolkit, form, new OptionalSpecSection.Part("Last-layer re-training",
                "Deep feature reweighting (Kirichenko, Izmailov and Wilson, 2023): only the final layer, on held-out "
                        + "images.", "Re-fit the final layer on group-balanced validation images (DFR)", "After "
                        + "training, fit only the final layer again, by logistic regression on the validation "
                        + "images' features with every group and class subsampled to the smallest",
                ExperimentPackage.Literals.TRAINING_SPEC__LAST_LAYER_RETRAINING,
                factory::createLastLayerRetrainingSpec, (parent, spec) -> lastLayer(toolkit, fields, parent, spec)));
        OptionalSpecSection.create(editor, toolkit, form, new OptionalSpecSection.Part("Just train twice",
                "Liu et al. (ICML 2021): the errors of a briefly trained model upweighted; no group labels needed.",
                "Upweight what a first model gets wrong (JTT)", "Train an identification model for a few epochs, "
                        + "then train again from the start with the training images it got wrong drawn more often",
                ExperimentPackage.Literals.TRAINING_SPEC__JUST_TRAIN_TWICE, factory::createJustTrainTwiceSpec,
                (parent, spec) -> justTrainTwice(toolkit, fields, parent, spec)));
        OptionalSpecSection.create(editor, toolkit, form, new OptionalSpecSection.Part("Group DRO", "Online group "
                + "DRO (Sagawa et al., ICLR 2020): groups are a confounder's subgroups × class.",
                "Minimise the worst group's loss (group DRO)", "Weigh every group's loss by a weight that grows "
                        + "with it, so the worst group drives training", ExperimentPackage.Literals
                        .TRAINING_SPEC__GROUP_DRO, factory::createGroupDroSpec, (parent, spec) -> groupDro(toolkit,
                                fields, parent, spec)));
    }

    private static void distillation(ExperimentEditor editor, FormToolkit toolkit, ExperimentFields fields,
            Composite parent, DistillationSpec spec) {
        Experiment experiment = editor.getExperiment();
        fields.choice(toolkit, parent, "training.distillation.teacherData", spec, "teacherData",
                "Teacher's images", "MASKED_IMAGES: a share of the training images with the masking regions "
                            + "covered; BALANCED_SUBSET: every subgroup of the attribute at the overall prevalence; "
                            + "CLEAN_SUBSET: the images whose attribute has the clean value");
        fields.text(toolkit, parent, "training.distillation.teacherFraction", spec, "teacherFraction",
                "Teacher's share", "MASKED_IMAGES: the share of the training images the teacher learns from");
        fields.text(toolkit, parent, "training.distillation.teacherEpochs", spec, "teacherEpochs",
                "Teacher epochs", "0: as many optimisation steps as the student takes");
        fields.reference(toolkit, parent, "training.distillation.attribute", spec, "attribute",
                "Attribute", "BALANCED_SUBSET: the attribute to balance; CLEAN_SUBSET: the attribute naming the "
                            + "clean images", experiment::getAttributes);
        fields.text(toolkit, parent, "training.distillation.cleanValue", spec, "cleanValue",
                "Clean value", "CLEAN_SUBSET: the attribute value of the clean images");
        fields.text(toolkit, parent, "training.distillation.layerWeight", spec, "layerWeight",
                "Layer weight", "Weight of each layer term (each starts scaled to the label loss)");
        fields.text(toolkit, parent, "training.distillation.finalLayerWeight", spec, "finalLayerWeight",
                "Final-layer weight", "Weight of the cross-entropy with the teacher's probabilities");
    }

    private static void lastLayer(FormToolkit toolkit, ExperimentFields fields, Composite parent, EObject spec) {
        fields.text(toolkit, parent, "training.lastLayerRetraining.groups", spec, "groups", "Groups",
                "The confounder whose subgroups are balanced: an attribute's name, or region NAME; empty: the "
                            + "rebalance attribute, else the first attribute");
        fields.text(toolkit, parent, "training.lastLayerRetraining.subsets", spec, "subsets", "Subsets",
                "Balanced subsets fitted; their coefficients are averaged");
        fields.text(toolkit, parent, "training.lastLayerRetraining.regularisation", spec,
                "regularisation", "Regularisation C", "Inverse L2 strength on standardised features (scikit-learn's "
                            + "C); 0: chosen by the worst-group AUC on held-out halves of the validation images");
    }

    private static void justTrainTwice(FormToolkit toolkit, ExperimentFields fields, Composite parent, EObject spec) {
        fields.text(toolkit, parent, "training.justTrainTwice.identificationEpochs", spec,
                "identificationEpochs", "Identification epochs", "Epochs of plain training of the first model");
        fields.text(toolkit, parent, "training.justTrainTwice.upweight", spec, "upweight", "Upweight",
                "How many times as often an image the first model got wrong is drawn (6 to 100 in the paper)");
    }

    private static void groupDro(FormToolkit toolkit, ExperimentFields fields, Composite parent, EObject spec) {
        fields.text(toolkit, parent, "training.groupDro.groups", spec, "groups", "Groups",
                "An attribute's name, or region NAME; empty: the rebalance attribute, else the first attribute");
        fields.text(toolkit, parent, "training.groupDro.stepSize", spec, "stepSize", "Step size",
                "How fast a group's weight grows with its loss (0.01 in the paper)");
    }
}
