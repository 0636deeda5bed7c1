package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Overview of an experiment: the data set and split, the confounder attributes and marker regions (tables edited
 * in place), and the validator's verdict in the form's heading.
 */
public class ExperimentOverviewPage extends ExperimentFormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.overview";

    private ListTable attributeTable;
    private ListTable regionTable;

    public ExperimentOverviewPage(ExperimentEditor editor) {
        super(editor, ID, "Overview");
    }

    @Override
    protected void createSections(FormToolkit toolkit, ScrolledForm form) {
        Experiment experiment = editor().getExperiment();
        ExperimentFields fields = editor().fields();
        Composite dataset = section(toolkit, form, "Data set", "Where the images and labels come from.");
        fields.text(toolkit, dataset, "name", experiment, "name", "Experiment name",
                "Names the runs folder: runs/<name>/<run-id>/");
        DatasetReference reference = experiment.getDataset();
        if (reference != null) {
            fields.choice(toolkit, dataset, "dataset.format", reference, "format", "Format",
                    "CSV manifest, CheXpert, ChestX-ray14, MIMIC-CXR-JPG, MURA, DICOM (a folder tree and a labels "
                            + "CSV) or SYNTHETIC");
            fields.text(toolkit, dataset, "dataset.location", reference, "location", "Location",
                    "The manifest or data set folder, relative to the experiment file");
            fields.text(toolkit, dataset, "dataset.labelNames", reference, "labelNames", "Labels",
                    "The label columns to predict, comma-separated");
            fields.choice(toolkit, dataset, "dataset.uncertainLabelPolicy", reference, "uncertainLabelPolicy",
                    "Uncertain labels", "What an uncertain (-1) label becomes");
            fields.choice(toolkit, dataset, "dataset.badImagePolicy", reference, "badImagePolicy",
                    "Unreadable images", "SKIP leaves a corrupt, truncated or missing image out of the run, listed "
                            + "in bad-images.tsv; STOP fails the run before training, naming it");
            fields.choice(toolkit, dataset, "dataset.dicomIntensity", reference, "dicomIntensity", "DICOM intensity",
                    "STORED_RANGE maps the full range of a DICOM file's stored bits to black…white, the same for "
                            + "every file of a scanner; FIRST_VOI_WINDOW uses the file's first Window Center/Width "
                            + "(the stored range where it has none). PNG and JPEG images are not affected");
        }
        SplitSpec split = experiment.getSplit();
        if (split != null) {
            Composite splitSection = section(toolkit, form, "Split", "Train / validation / test, by patient.");
            fields.text(toolkit, splitSection, "split.trainFraction", split, "trainFraction", "Train fraction",
                    "Share of patients for training");
            fields.text(toolkit, splitSection, "split.validationFraction", split, "validationFraction",
                    "Validation fraction", "Share of patients for validation (early stopping, thresholds)");
            fields.text(toolkit, splitSection, "split.testFraction", split, "testFraction", "Test fraction",
                    "Share of patients for the test images every evaluation uses");
            fields.text(toolkit, splitSection, "split.seed", split, "seed", "Split seed",
                    "The split's own seed: changing the training seed keeps the test images");
            fields.check(toolkit, splitSection, "split.useOfficialSplit", split, "useOfficialSplit",
                    "Use the data set's official split", "When the data set has one (ChestX-ray14, MURA)");
            fields.text(toolkit, splitSection, "split.nearDuplicateDistance", split, "nearDuplicateDistance",
                    "Near-duplicate distance", "Bits (0–15) in which two images' perceptual hashes may differ to "
                            + "count as near-duplicates across splits: a leak, listed in leaks.tsv, and left out of "
                            + "the leak-free evaluation");
            fields.text(toolkit, splitSection, "split.nearDuplicateCosine", split, "nearDuplicateCosine",
                    "Near-duplicate feature cosine", "After training, images in different splits whose centred "
                            + "penultimate features have at least this cosine (0.8 to below 1) are near-duplicates "
                            + "too: crops and shifts the hash misses. 0 leaves the check out");
        }

        Composite confounders = section(toolkit, form, "Confounder attributes",
                "Attributes a model might use as a shortcut: scanner, site, laterality marker, sex, race, ...");
        attributeTable = new ListTable(toolkit, confounders, editor().getEditingDomain(), experiment, "attributes",
                () -> newAttribute(experiment), experiment::getRegions,
                "Click a cell to edit it. Protected attributes (sex, race, age) get subgroup metrics and probes.",
                new ListTable.Column("Name", "name", 110), new ListTable.Column("Column", "column", 110),
                new ListTable.Column("Kind", "kind", 100), new ListTable.Column("Protected", "protected", 75));

        Composite regions = section(toolkit, form, "Marker regions",
                "Boxes (pixels of the original image) that hold markers such as laterality letters.");
        regionTable = new ListTable(toolkit, regions, editor().getEditingDomain(), experiment, "regions",
                () -> newRegion(experiment), experiment::getRegions,
                "A fixed box in pixels of the original image; or name a manifest column region:<name> for per-image "
                        + "boxes",
                new ListTable.Column("Name", "name", 90), new ListTable.Column("x", "x", 50),
                new ListTable.Column("y", "y", 50), new ListTable.Column("Width", "width", 60),
                new ListTable.Column("Height", "height", 60), new ListTable.Column("Column", "column", 110));
    }

    private static EObject newAttribute(Experiment experiment) {
        ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
        String name = unique("attribute", experiment.getAttributes().stream().map(ConfounderAttribute::getName)
                .toList());
        attribute.setName(name);
        attribute.setColumn(name);
        return attribute;
    }

    private static EObject newRegion(Experiment experiment) {
        Region region = ExperimentFactory.eINSTANCE.createRegion();
        region.setName(unique("region", experiment.getRegions().stream().map(Region::getName).toList()));
        region.setWidth(32);
        region.setHeight(32);
        return region;
    }

    /** {@code stem}-1, -2, … : the first not in {@code taken}. */
    static String unique(String stem, java.util.List<String> taken) {
        for (int i = 1;; i++) {
            if (!taken.contains(stem + "-" + i)) {
                return stem + "-" + i;
            }
        }
    }

    /** Rows shown in the confounder attribute table. */
    public int getAttributeRowCount() {
        return attributeTable == null ? 0 : attributeTable.rowCount();
    }

    /** Rows shown in the marker region table. */
    public int getRegionRowCount() {
        return regionTable == null ? 0 : regionTable.rowCount();
    }

    /** Types {@code text} into a cell of the region table; says whether the model took it. */
    public boolean editRegion(int row, String feature, String text) {
        return regionTable.setText(row, feature, text);
    }

    /** Adds a region through the table's Add button. */
    public void addRegion() {
        regionTable.add();
    }

    /** Removes the region in {@code row} through the table. */
    public void removeRegion(int row) {
        regionTable.remove(java.util.List.of(regionTable.rows().get(row)));
    }

    /** A cell of the region table as shown. */
    public String getRegionCell(int row, int column) {
        return regionTable.cell(row, column);
    }

    /** What the region table said about the last rejected cell, or empty. */
    public String getRegionProblem() {
        return regionTable.problem();
    }
}
