package org.confounderlab.ui.editors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.marks.MarkAcceptance;
import org.confounderlab.engine.marks.MarkGroup;
import org.confounderlab.engine.marks.MarkProposals;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.ui.views.ThumbnailGrid;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;

/**
 * Burned-in marks nobody boxed, reviewed in the editor: the images scanned for marks ({@link MarkProposals}), each
 * proposed region (strongest association with the label first) with its presence among the label's positives and
 * negatives, example images with its boxes, and
 * Accept (the experiment then reads the manifest with the proposals and has the region in its interventions; one
 * command, undone with Edit › Undo) or Reject (dropped from the list).
 */
public class MarksPage extends ExperimentFormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.marks";
    /** The job family of the scan. */
    public static final Object FAMILY = new Object();
    static final int EXAMPLES = 12;

    private Label status;
    private Table table;
    private ThumbnailGrid examples;
    private MarkProposals proposals;
    private final List<MarkGroup> shown = new ArrayList<>();

    public MarksPage(ExperimentEditor editor) {
        super(editor, ID, "Marks");
    }

    @Override
    protected void createSections(FormToolkit toolkit, ScrolledForm form) {
        Composite section = section(toolkit, form, "Burned-in marks",
                "Letters, digits, stamps and rulers in the images, found without boxes and proposed as regions.");
        ((TableWrapData) section.getParent().getLayoutData()).colspan = 2;
        section.setLayout(new GridLayout(3, false));
        Button find = toolkit.createButton(section, "Find marks in the images", SWT.PUSH);
        find.addListener(SWT.Selection, e -> findMarks());
        status = toolkit.createLabel(section, "Reads every image of the data set once.", SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        table = toolkit.createTable(section, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        tableData.heightHint = 120;
        table.setLayoutData(tableData);
        for (String[] column : new String[][] {{"Region", "70"}, {"Where and how large", "420"}, {"Images", "60"},
            {"Positives", "80"}, {"Negatives", "80"}, {"V", "60"}, {"AUC", "60"}}) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, e -> showExamples());
        Button accept = toolkit.createButton(section, "Accept as a region", SWT.PUSH);
        accept.addListener(SWT.Selection, e -> accept(selected()));
        Button reject = toolkit.createButton(section, "Reject", SWT.PUSH);
        reject.addListener(SWT.Selection, e -> reject(selected()));
        toolkit.createLabel(section, "Accepting is one edit: Edit › Undo takes it back.");
        examples = new ThumbnailGrid(section);
        GridData examplesData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        examplesData.heightHint = 300;
        examples.getControl().setLayoutData(examplesData);
        examples.show(List.of(), "Find marks, then select a proposed region to see it in its images.");
    }

    /** Scans the experiment's data set in the background (tests call it too). */
    public void findMarks() {
        Experiment experiment = EcoreUtil.copy(editor().getExperiment());
        Path folder = editor().getExperimentFolder();
        if (folder == null || experiment.getDataset() == null) {
            status.setText("The experiment has no data set on disk to search.");
            return;
        }
        Path experimentFile = folder.resolve((experiment.getName() == null ? "experiment" : experiment.getName())
                + ".experiment");
        Path csv = folder.resolve((experiment.getName() == null ? "experiment" : experiment.getName()) + "-marks.csv");
        status.setText("Searching the images for marks …");
        Job job = new Job("Finding burned-in marks") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                MarkProposals found = null;
                String problem = null;
                try {
                    Path location = DataSetLocation.of(experiment, experimentFile);
                    Manifest manifest = DataSetImporters.forFormat(experiment.getDataset().getFormat(),
                            experiment.getDataset().getLabelNames()).read(location, new ImportOptions(
                                    ProblemPolicy.SKIP, false)).manifest();
                    found = MarkProposals.find(manifest, experiment.getDataset().getDicomIntensity(), csv,
                            Runtime.getRuntime().availableProcessors(),
                            org.confounderlab.engine.marks.TesseractOcr.find().orElse(null), null);
                } catch (DataSetException e) {
                    problem = "The data set cannot be read: " + e.getProblems().stream().limit(2).map(String::valueOf)
                            .toList();
                } catch (java.io.IOException | RuntimeException e) {
                    problem = "Marks could not be searched: " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                MarkProposals result = found;
                String message = problem;
                if (!status.isDisposed()) {
                    status.getDisplay().asyncExec(() -> display(result, message));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    private void display(MarkProposals found, String problem) {
        if (status.isDisposed()) {
            return;
        }
        if (problem != null) {
            status.setText(problem);
            return;
        }
        proposals = found;
        shown.clear();
        shown.addAll(found.groups());
        // the strongest association with the first label first: the likeliest shortcut to review
        if (!found.manifest().labelNames().isEmpty()) {
            String label = found.manifest().labelNames().get(0);
            shown.sort(java.util.Comparator.comparingDouble((MarkGroup g) -> found.audit().find("region:"
                    + g.name(), label).map(a -> Double.isNaN(a.cramersV()) ? 0 : a.cramersV()).orElse(0.0))
                    .reversed());
        }
        status.setText(String.format(Locale.ROOT, "%d proposed regions in %d images (%.1f s, %d unreadable), "
                + "written with the data set to %s", found.groups().size(), found.manifest().size(),
                found.scan().millis() / 1000.0, found.scan().problems().size(), found.csv().getFileName()));
        status.getParent().layout(true);
        refreshTable();
    }

    private void refreshTable() {
        table.removeAll();
        String label = proposals.manifest().labelNames().isEmpty() ? null : proposals.manifest().labelNames().get(0);
        for (MarkGroup group : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            String where = group.describe(proposals.manifest().size()).substring(group.name().length() + 2);
            var association = label == null ? java.util.Optional.<org.confounderlab.engine.audit
                    .AttributeLabelAssociation>empty() : proposals.audit().find("region:" + group.name(), label);
            item.setText(new String[] {group.name(), where, Integer.toString(group.boxes().size()),
                association.map(a -> percent(a.shareAmongPositives("present"))).orElse("-"),
                association.map(a -> percent(a.shareAmongNegatives("present"))).orElse("-"),
                association.map(a -> String.format(Locale.ROOT, "%.3f", a.cramersV())).orElse("-"),
                association.map(a -> String.format(Locale.ROOT, "%.3f", a.attributeOnlyAuc())).orElse("-")});
        }
        if (!shown.isEmpty()) {
            table.select(0);
        }
        showExamples();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    private MarkGroup selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? null : shown.get(index);
    }

    /** The selected proposal's first images with its boxes, read in the background (large DICOM files are slow). */
    private void showExamples() {
        MarkGroup group = selected();
        if (group == null || proposals == null) {
            examples.show(List.of(), "Select a proposed region to see it in its images.");
            return;
        }
        ImageDecoder decoder = new ImageDecoder(ColourMode.GRAY, editor().getExperiment().getDataset()
                .getDicomIntensity());
        List<ManifestEntry> entries = proposals.manifest().entries();
        examples.show(List.of(), "Reading the images of " + group.name() + " …");
        Job job = new Job("Reading the images of " + group.name()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<ThumbnailGrid.Tile> tiles = new ArrayList<>();
                for (Map.Entry<Integer, org.confounderlab.engine.data.Box> box : group.boxes().entrySet()) {
                    if (tiles.size() == EXAMPLES || monitor.isCanceled()) {
                        break;
                    }
                    ManifestEntry entry = entries.get(box.getKey());
                    tiles.add(ThumbnailGrid.Tile.of(decoder, entry.image(), group.name() + "\n"
                            + entry.image().getFileName(), Map.of(group.name(), box.getValue())));
                }
                if (!status.isDisposed()) {
                    status.getDisplay().asyncExec(() -> {
                        if (!status.isDisposed() && group == selected()) {
                            examples.show(tiles, "");
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    /** How many example images are shown (tests). */
    public int getExampleCount() {
        return examples.tileCount();
    }

    /**
     * Makes {@code group} a region of the experiment, as one command on the editor's stack: the data set becomes
     * the manifest with the proposals, the region reads its column, every masking, region-only and random-box
     * intervention covers it (and they are added when the experiment has none).
     */
    public void accept(MarkGroup group) {
        if (group == null || proposals == null) {
            return;
        }
        Experiment experiment = editor().getExperiment();
        if (experiment.getRegions().stream().anyMatch(r -> group.name().equals(r.getName()))) {
            status.setText(group.name() + " is a region of the experiment already.");
            return;
        }
        EditingDomain domain = editor().getEditingDomain();
        Path folder = editor().getExperimentFolder();
        Path csv = proposals.csv().toAbsolutePath();
        String location = folder != null && csv.startsWith(folder) ? folder.relativize(csv).toString()
                : csv.toString();
        String description = MarkAcceptance.description(group, proposals.manifest().size());
        // the engine's own edit, recorded as it runs so that Undo reverses exactly what it changed
        ChangeCommand command = new ChangeCommand(experiment) {
            @Override
            protected void doExecute() {
                MarkAcceptance.accept(experiment, location, group.name(), description);
            }
        };
        command.setLabel("Accept " + group.name() + " as a region");
        domain.getCommandStack().execute(command);
        status.setText("Accepted " + group.name() + ": the experiment reads " + location
                + " and its interventions cover the region (Edit › Undo takes it back).");
    }

    /** Drops {@code group} from the proposals shown. */
    public void reject(MarkGroup group) {
        if (group != null) {
            shown.remove(group);
            refreshTable();
        }
    }

    /** The proposals shown, in order (tests). */
    public List<MarkGroup> getProposals() {
        return List.copyOf(shown);
    }

    /** The proposals' audit (tests). */
    public MarkProposals getFound() {
        return proposals;
    }
}
