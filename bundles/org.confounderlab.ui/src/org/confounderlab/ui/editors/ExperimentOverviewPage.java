package org.confounderlab.ui.editors;

import java.util.List;
import java.util.stream.Collectors;

import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/** Overview of an experiment: data set, confounders and marker regions, model and training, validation. */
public class ExperimentOverviewPage extends FormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.overview";

    private final Experiment experiment;
    private Table attributeTable;
    private Table regionTable;

    public ExperimentOverviewPage(FormEditor editor, Experiment experiment) {
        super(editor, ID, "Overview");
        this.experiment = experiment;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Experiment " + nonNull(experiment.getName()));
        toolkit.decorateFormHeading(form.getForm());
        showValidation(form);

        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        form.getBody().setLayout(layout);

        Composite dataset = section(toolkit, form, "Data set", "Where the images and labels come from.");
        DatasetReference reference = experiment.getDataset();
        if (reference != null) {
            row(toolkit, dataset, "Format", String.valueOf(reference.getFormat()));
            row(toolkit, dataset, "Location", nonNull(reference.getLocation()));
            row(toolkit, dataset, "Labels", String.join(", ", reference.getLabelNames()));
            row(toolkit, dataset, "Uncertain labels", String.valueOf(reference.getUncertainLabelPolicy()));
        }
        SplitSpec split = experiment.getSplit();
        if (split != null) {
            row(toolkit, dataset, "Split", String.format("train %.2f / validation %.2f / test %.2f, seed %d%s",
                    split.getTrainFraction(), split.getValidationFraction(), split.getTestFraction(), split.getSeed(),
                    split.isGroupByPatient() ? ", grouped by patient" : ""));
        }

        Composite model = section(toolkit, form, "Model and training", "What is trained, and how.");
        ModelSpec spec = experiment.getModel();
        if (spec != null) {
            row(toolkit, model, "Architecture", spec.getArchitecture() + ", " + spec.getInputSize() + "×"
                    + spec.getInputSize() + "×" + spec.getChannels());
        }
        TrainingSpec training = experiment.getTraining();
        if (training != null) {
            row(toolkit, model, "Training", training.getEpochs() + " epochs, batch " + training.getBatchSize() + ", "
                    + training.getOptimizer() + " lr " + training.getLearningRate());
            row(toolkit, model, "Rebalancing", String.valueOf(training.getRebalancing()));
            row(toolkit, model, "Train-time masking", names(training.getTrainTimeMasking()));
        }
        if (experiment.getBackend() != null) {
            row(toolkit, model, "Backend", experiment.getBackend().getKind() + " (device "
                    + experiment.getBackend().getDeviceIndex() + ")");
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
        regionTable = table(toolkit, regions, "Name", "x", "y", "Width", "Height");
        for (Region region : experiment.getRegions()) {
            item(regionTable, region.getName(), number(region.getX()), number(region.getY()),
                    number(region.getWidth()), number(region.getHeight()));
        }
        row(toolkit, regions, "Interventions", experiment.getInterventions().stream()
                .map(Intervention::getName).collect(Collectors.joining(", ")));
    }

    private void showValidation(ScrolledForm form) {
        Diagnostic diagnostic = ExperimentValidation.validate(experiment);
        int problems = (int) diagnostic.getChildren().stream().filter(d -> d.getSeverity() != Diagnostic.OK).count();
        if (problems == 0) {
            return;
        }
        String first = diagnostic.getChildren().get(0).getMessage();
        String text = problems == 1 ? first : first + " (and " + (problems - 1) + " more in the Problems view)";
        form.setMessage(text, diagnostic.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR : IMessageProvider.WARNING);
    }

    private static Composite section(FormToolkit toolkit, ScrolledForm form, String title, String description) {
        Section section = toolkit.createSection(form.getBody(),
                ExpandableComposite.TITLE_BAR | Section.DESCRIPTION | ExpandableComposite.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        client.setLayout(new GridLayout(2, false));
        section.setClient(client);
        return client;
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

    private static String names(List<Region> regions) {
        return regions.isEmpty() ? "none" : regions.stream().map(Region::getName).collect(Collectors.joining(", "));
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
