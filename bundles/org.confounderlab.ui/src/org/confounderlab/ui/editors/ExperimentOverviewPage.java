package org.confounderlab.ui.editors;

import java.util.stream.Collectors;

import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * Overview of an experiment: the data set and split (edited in place), the confounder attributes and marker regions
 * (edited on the Source page), and the validator's verdict in the form's heading.
 */
public class ExperimentOverviewPage extends ExperimentFormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.overview";

    private Table attributeTable;
    private Table regionTable;

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
                    "CSV manifest, CheXpert, ChestX-ray14, MURA or SYNTHETIC");
            fields.text(toolkit, dataset, "dataset.location", reference, "location", "Location",
                    "The manifest or data set folder, relative to the experiment file");
            fields.text(toolkit, dataset, "dataset.labelNames", reference, "labelNames", "Labels",
                    "The label columns to predict, comma-separated");
            fields.choice(toolkit, dataset, "dataset.uncertainLabelPolicy", reference, "uncertainLabelPolicy",
                    "Uncertain labels", "What an uncertain (-1) label becomes");
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
        }

        Composite confounders = section(toolkit, form, "Confounder attributes",
                "Attributes a model might use as a shortcut: scanner, site, laterality marker, sex, race, ...");
        attributeTable = table(toolkit, confounders, "Name", "Column", "Kind", "Protected");
        for (ConfounderAttribute attribute : experiment.getAttributes()) {
            item(attributeTable, attribute.getName(), attribute.getColumn(), String.valueOf(attribute.getKind()),
                    attribute.isProtected() ? "yes" : "no");
        }

        Composite regions = section(toolkit, form, "Marker regions",
                "Boxes (pixels of the original image) that hold markers such as laterality letters.");
        regionTable = table(toolkit, regions, "Name", "x", "y", "Width", "Height", "Column");
        for (Region region : experiment.getRegions()) {
            item(regionTable, region.getName(), number(region.getX()), number(region.getY()),
                    number(region.getWidth()), number(region.getHeight()), nonNull(region.getColumn()));
        }
        row(toolkit, regions, "Interventions", experiment.getInterventions().stream()
                .map(Intervention::getName).collect(Collectors.joining(", ")));
    }

    private static void row(FormToolkit toolkit, Composite parent, String name, String value) {
        toolkit.createLabel(parent, name + ":").setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 120; // lets long values wrap instead of widening the form
        toolkit.createLabel(parent, value, SWT.WRAP).setLayoutData(data);
    }

    private static Table table(FormToolkit toolkit, Composite parent, String... columns) {
        Table table = toolkit.createTable(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        data.heightHint = 90;
        table.setLayoutData(data);
        for (String column : columns) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(column);
            tableColumn.setWidth(60);
        }
        return table;
    }

    private static void item(Table table, String... values) {
        new TableItem(table, SWT.NONE).setText(values);
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Rows shown in the confounder attribute table. */
    public int getAttributeRowCount() {
        return attributeTable == null ? 0 : attributeTable.getItemCount();
    }

    /** Rows shown in the marker region table. */
    public int getRegionRowCount() {
        return regionTable == null ? 0 : regionTable.getItemCount();
    }
}
