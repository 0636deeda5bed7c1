package org.confounderlab.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.DataSetDetector;
import org.confounderlab.engine.data.DataSetDetector.Detection;
import org.confounderlab.engine.data.ExperimentFromDataSet;
import org.confounderlab.engine.onnx.OnnxExperimentSettings;
import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.onnx.OnnxModelSummary;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * New > Confounder Lab Experiment: pick the data set (a folder or manifest), see the format detected and the first
 * rows, choose the labels and the confounder attributes, and get an experiment file that validates, opened in the
 * experiment editor.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private IContainer initialContainer;
    private DataSetPage dataSetPage;
    private ColumnsPage columnsPage;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        Object first = selection == null ? null : selection.getFirstElement();
        if (first instanceof IResource resource) {
            initialContainer = resource instanceof IContainer container ? container : resource.getParent();
        }
        setWindowTitle("New Confounder Lab Experiment");
    }

    @Override
    public void addPages() {
        dataSetPage = new DataSetPage();
        columnsPage = new ColumnsPage();
        addPage(dataSetPage);
        addPage(columnsPage);
    }

    /** Where the experiment goes, and which data set it reads. */
    public final class DataSetPage extends WizardPage {
        private Text folder;
        private Text fileName;
        private Text location;
        private ComboViewer format;
        private Text onnx;
        private Label detected;
        private Detection detection;
        private OnnxModel model;

        DataSetPage() {
            super("dataset");
            setTitle("Experiment and data set");
            setDescription("The experiment file, and the data set folder or manifest (CSV) it reads.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            composite.setLayout(new GridLayout(3, false));
            folder = field(composite, "Folder:", initialContainer == null ? "" : initialContainer.getFullPath()
                    .toString(), "The workspace folder or project for the .experiment file");
            new Label(composite, SWT.NONE);
            fileName = field(composite, "File name:", "study.experiment", "Names the experiment, and its runs folder");
            new Label(composite, SWT.NONE);
            location = field(composite, "Data set:", "", "A folder (with manifest.csv, Data_Entry_2017.csv, "
                    + "train.csv …) or a manifest file; relative to the experiment's folder, or absolute");
            Button browse = new Button(composite, SWT.PUSH);
            browse.setText("Browse…");
            browse.addListener(SWT.Selection, e -> {
                DirectoryDialog dialog = new DirectoryDialog(getShell());
                dialog.setText("Data set folder");
                String chosen = dialog.open();
                if (chosen != null) {
                    location.setText(chosen);
                }
            });
            onnx = field(composite, "ONNX model:", "", "Optional: a model trained elsewhere (exported with "
                    + "torch.onnx.export) to audit as it is instead of training one; relative to the experiment's "
                    + "folder, or absolute");
            onnx.setMessage("optional: audit a model trained elsewhere");
            Button browseModel = new Button(composite, SWT.PUSH);
            browseModel.setText("Browse…");
            browseModel.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setText("ONNX model");
                dialog.setFilterExtensions(new String[] {"*.onnx", "*.*"});
                String chosen = dialog.open();
                if (chosen != null) {
                    onnx.setText(chosen);
                }
            });
            new Label(composite, SWT.NONE).setText("Format:");
            format = new ComboViewer(composite, SWT.READ_ONLY);
            format.setContentProvider(ArrayContentProvider.getInstance());
            format.setLabelProvider(new LabelProvider());
            format.setInput(DatasetFormat.VALUES);
            format.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(composite, SWT.NONE);
            detected = new Label(composite, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
            data.widthHint = 420;
            detected.setLayoutData(data);
            setControl(composite);
            validate();
        }

        private Text field(Composite parent, String label, String value, String help) {
            new Label(parent, SWT.NONE).setText(label);
            Text text = new Text(parent, SWT.BORDER);
            text.setText(value);
            text.setToolTipText(help);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            text.addModifyListener(e -> validate());
            return text;
        }

        private IContainer container() {
            IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().strip());
            return resource instanceof IContainer container && container.isAccessible() ? container : null;
        }

        private Path dataSetPath() {
            Path path = Path.of(location.getText().strip());
            IContainer container = container();
            return path.isAbsolute() || container == null || container.getLocation() == null ? path
                    : container.getLocation().toPath().resolve(path).normalize();
        }

        /** The ONNX file named, resolved like the data set, or {@code null}. */
        private Path onnxPath() {
            if (onnx == null || onnx.getText().isBlank()) {
                return null;
            }
            Path path = Path.of(onnx.getText().strip());
            IContainer container = container();
            return path.isAbsolute() || container == null || container.getLocation() == null ? path
                    : container.getLocation().toPath().resolve(path).normalize();
        }

        private void validate() {
            String problem = null;
            detection = null;
            model = null;
            IContainer container = container();
            if (container == null) {
                problem = "Choose an open project or folder of the workspace";
            } else if (!fileName.getText().strip().endsWith(".experiment") || fileName.getText().strip().length() < 12) {
                problem = "The file name must end in .experiment";
            } else if (container.getFile(IPath.fromOSString(fileName.getText().strip())).exists()) {
                problem = fileName.getText().strip() + " already exists in " + container.getFullPath();
            } else if (location.getText().isBlank()) {
                problem = "Name the data set folder or manifest";
            } else {
                try {
                    detection = DataSetDetector.detect(dataSetPath());
                    format.setSelection(new StructuredSelection(detection.format()));
                    detected.setText(String.format(Locale.ROOT, "Detected %s: %s, %d columns. Suggested labels: %s; "
                            + "attributes: %s.", detection.format(), detection.manifest().getFileName(),
                            detection.columns().size(), String.join(", ", detection.labels()),
                            detection.attributes().isEmpty() ? "none" : String.join(", ", detection.attributes())));
                    columnsPage.show(detection);
                } catch (IOException | RuntimeException e) {
                    problem = e.getMessage();
                    detected.setText("");
                }
                Path modelFile = onnxPath();
                if (problem == null && modelFile != null) {
                    try {
                        model = OnnxModel.read(modelFile);
                        List<String> lines = OnnxModelSummary.lines(model, null);
                        detected.setText(detected.getText() + "\nModel to audit, not train:\n" + String.join("\n",
                                lines.subList(1, Math.min(lines.size(), 6))));
                    } catch (OnnxModelException e) {
                        problem = modelFile + " " + e.problem();
                    }
                }
            }
            if (detected != null && !detected.isDisposed()) {
                detected.requestLayout(); // the label grows to the lines it now holds
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        /** Sets the fields, as typed (tests). */
        public void set(String folderPath, String file, String dataSet) {
            folder.setText(folderPath);
            fileName.setText(file);
            location.setText(dataSet);
        }

        /** Sets the ONNX model field, as typed (tests). */
        public void setOnnxModel(String file) {
            onnx.setText(file);
        }

        /** What was detected, or {@code null}. */
        public Detection getDetection() {
            return detection;
        }
    }

    /** The manifest's first rows; which columns are labels and which confounder attributes. */
    public final class ColumnsPage extends WizardPage {
        private Table preview;
        private CheckboxTableViewer labels;
        private CheckboxTableViewer attributes;

        ColumnsPage() {
            super("columns");
            setTitle("Labels and confounder attributes");
            setDescription("Tick the labels to predict and the attributes a model might use as a shortcut.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            composite.setLayout(new GridLayout(2, true));
            Label previewLabel = new Label(composite, SWT.NONE);
            previewLabel.setText("First rows of the manifest:");
            previewLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            preview = new Table(composite, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
            preview.setHeaderVisible(true);
            preview.setLinesVisible(true);
            GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            previewData.heightHint = 120;
            previewData.widthHint = 680; // room for a manifest's first columns
            preview.setLayoutData(previewData);
            new Label(composite, SWT.NONE).setText("Labels:");
            new Label(composite, SWT.NONE).setText("Confounder attributes:");
            labels = checkList(composite);
            attributes = checkList(composite);
            labels.addCheckStateListener(e -> setPageComplete(labels.getCheckedElements().length > 0));
            setControl(composite);
            if (dataSetPage.getDetection() != null) {
                show(dataSetPage.getDetection());
            }
        }

        private static CheckboxTableViewer checkList(Composite parent) {
            CheckboxTableViewer viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.V_SCROLL);
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 140;
            viewer.getTable().setLayoutData(data);
            return viewer;
        }

        void show(Detection detection) {
            if (preview == null) {
                return; // created later; it shows the page's detection then
            }
            preview.removeAll();
            for (TableColumn column : preview.getColumns()) {
                column.dispose();
            }
            for (String name : detection.columns()) {
                TableColumn column = new TableColumn(preview, SWT.LEFT);
                column.setText(name);
            }
            for (List<String> row : detection.preview()) {
                new TableItem(preview, SWT.NONE).setText(row.subList(0, Math.min(row.size(), detection.columns()
                        .size())).toArray(String[]::new));
            }
            for (TableColumn column : preview.getColumns()) {
                column.pack();
            }
            List<String> labelChoices = detection.format() == DatasetFormat.CHESTXRAY14 ? detection.labels()
                    : detection.columns();
            labels.setInput(labelChoices);
            labels.setCheckedElements(detection.labels().toArray());
            attributes.setInput(detection.attributeChoices());
            attributes.setCheckedElements(detection.attributes().toArray());
            setPageComplete(!detection.labels().isEmpty());
        }

        /** Ticks exactly these labels and attributes (tests). */
        public void choose(List<String> labelNames, List<String> attributeNames) {
            labels.setCheckedElements(labelNames.toArray());
            attributes.setCheckedElements(attributeNames.toArray());
            setPageComplete(!labelNames.isEmpty());
        }

        /** The attributes offered, in order (tests). */
        public List<?> getAttributeChoices() {
            return (List<?>) attributes.getInput();
        }

        /** Rows in the preview. */
        public int getPreviewRowCount() {
            return preview.getItemCount();
        }
    }

    @Override
    public boolean performFinish() {
        Detection detection = dataSetPage.getDetection();
        IContainer container = dataSetPage.container();
        if (detection == null || container == null) {
            return false;
        }
        String file = dataSetPage.fileName.getText().strip();
        String name = file.substring(0, file.length() - ".experiment".length());
        List<String> labelNames = columnsPage.labels == null ? detection.labels()
                : List.of(columnsPage.labels.getCheckedElements()).stream().map(String::valueOf).toList();
        List<String> attributeNames = columnsPage.attributes == null ? detection.attributes()
                : List.of(columnsPage.attributes.getCheckedElements()).stream().map(String::valueOf).toList();
        DatasetFormat format = (DatasetFormat) dataSetPage.format.getStructuredSelection().getFirstElement();
        Path experimentFolder = container.getLocation().toPath();
        Path dataSet = detection.manifest().startsWith(experimentFolder)
                ? experimentFolder.relativize(detection.manifest()) : detection.manifest();
        Experiment experiment = ExperimentFromDataSet.create(name, format == null ? detection.format() : format,
                dataSet.toString().replace('\\', '/'), labelNames, attributeNames, false);
        OnnxModel model = dataSetPage.model;
        if (model != null) {
            Path modelFile = model.file().toAbsolutePath().normalize();
            OnnxExperimentSettings.apply(experiment, model, (modelFile.startsWith(experimentFolder)
                    ? experimentFolder.relativize(modelFile) : modelFile).toString().replace('\\', '/'));
        }
        IFile target = container.getFile(IPath.fromOSString(file));
        try {
            Files.createDirectories(target.getLocation().toPath().getParent());
            ModelFiles.save(experiment, target.getLocation().toPath());
            target.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            dataSetPage.setErrorMessage("Cannot write " + target.getFullPath() + ": " + e.getMessage());
            return false;
        }
        created = target;
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), target);
        } catch (PartInitException e) {
            // the file is there; it can be opened from the Project Explorer
        }
        return true;
    }

    public DataSetPage getDataSetPage() {
        return dataSetPage;
    }

    public ColumnsPage getColumnsPage() {
        return columnsPage;
    }

    /** The experiment file made by the last finish. */
    public IFile getCreatedExperiment() {
        return created;
    }
}
