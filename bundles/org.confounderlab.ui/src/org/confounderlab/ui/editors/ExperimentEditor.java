package org.confounderlab.ui.editors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;

import org.confounderlab.core.markers.ExperimentProblemMarkers;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ConfounderLabResources;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * The editor of {@code .experiment} files: form pages bound to the model (Overview; Model and Training;
 * Interventions and Diagnostics) and the XML source, every change an EMF command (Edit > Undo / Redo, Ctrl+Z,
 * dirty marker, Save). Validator problems show on their fields, in the form heading and, once saved, in the
 * Problems view. A file that cannot be read opens on a page that says what is wrong and where (file, line), never
 * on a stack trace.
 */
public class ExperimentEditor extends FormEditor {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.editors.experiment";

    private IFile file;
    private Experiment experiment;
    private String loadProblem;
    private AdapterFactoryEditingDomain domain;
    private DataBindingContext bindings;
    private ExperimentFields fields;
    private SourcePage sourcePage;
    private ExperimentOutlinePage outline;
    private int shownPage = -1;
    private final Action undo = new Action("Undo") {
        @Override
        public void run() {
            domain.getCommandStack().undo();
        }
    };
    private final Action redo = new Action("Redo") {
        @Override
        public void run() {
            domain.getCommandStack().redo();
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The experiment editor opens workspace files only, not " + input.getName());
        }
        super.init(site, input);
        file = fileInput.getFile();
        setPartName(file.getName());
        setTitleToolTip(file.getFullPath().toString());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack,
                ConfounderLabResources.newResourceSet());
        stack.addCommandStackListener(commandStackChanged());
        load();
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        updateUndoRedo();
        scheduleMarkerUpdate();
    }

    private CommandStackListener commandStackChanged() {
        return (EventObject event) -> getSite().getShell().getDisplay().asyncExec(() -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            updateUndoRedo();
            showValidation();
        });
    }

    private void updateUndoRedo() {
        undo.setEnabled(domain.getCommandStack().canUndo());
        undo.setText(domain.getCommandStack().canUndo() ? "Undo " + label(domain.getCommandStack().getUndoCommand())
                : "Undo");
        redo.setEnabled(domain.getCommandStack().canRedo());
        redo.setText(domain.getCommandStack().canRedo() ? "Redo " + label(domain.getCommandStack().getRedoCommand())
                : "Redo");
        getEditorSite().getActionBars().updateActionBars();
    }

    private static String label(org.eclipse.emf.common.command.Command command) {
        return command.getLabel() == null ? "" : command.getLabel();
    }

    private void load() {
        if (file.getLocation() == null) {
            loadProblem = file.getFullPath() + ": not on the local file system";
            return;
        }
        try {
            experiment = ModelFiles.load(file.getLocation().toPath(), Experiment.class, domain.getResourceSet());
        } catch (ModelLoadException e) {
            loadProblem = e.getMessage();
        }
    }

    private void scheduleMarkerUpdate() {
        WorkspaceJob job = new WorkspaceJob("Checking " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ExperimentProblemMarkers.update(file);
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected void addPages() {
        try {
            if (experiment != null) {
                bindings = new DataBindingContext();
                fields = new ExperimentFields(domain, bindings);
                addPage(new ExperimentOverviewPage(this));
                addPage(new ModelTrainingPage(this));
                addPage(new DiagnosticsPage(this));
                addPage(new MarksPage(this));
                sourcePage = new SourcePage(this);
                addPage(sourcePage);
            } else {
                addPage(new LoadProblemPage(this, file, loadProblem));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class && experiment != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new ExperimentOutlinePage(experiment, domain, this::reveal, this::help);
                outline.setUndoRedo(undo, redo);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** Turns to the form page that edits {@code object} (not away from Source text that does not parse). */
    void reveal(org.eclipse.emf.ecore.EObject object) {
        org.eclipse.emf.ecore.EObject part = object;
        while (part.eContainer() != null && part.eContainer() != experiment) {
            part = part.eContainer();
        }
        String feature = part == experiment ? "name" : part.eContainingFeature().getName();
        String page = switch (feature) {
            case "model", "training", "backend" -> ModelTrainingPage.ID;
            case "interventions", "diagnostics" -> DiagnosticsPage.ID;
            default -> ExperimentOverviewPage.ID;
        };
        IFormPage active = getActivePageInstance();
        if (active != sourcePage && (active == null || !page.equals(active.getId()))) {
            setActivePage(page);
        }
    }

    private String help(org.eclipse.emf.ecore.EObject object, String feature) {
        return fields == null ? null : fields.help(object, feature);
    }

    /** The Outline's rows under the experiment, as labelled. */
    public java.util.List<String> getOutlineLabels() {
        return getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class) == null ? java.util.List.of()
                : outline.topLabels();
    }

    /** Selects {@code object} in the Outline, as a click does (the Outline must be open). */
    public void selectInOutline(org.eclipse.emf.ecore.EObject object) {
        outline.select(object);
    }

    /** What the Properties view shows and edits for {@code object}. */
    public org.eclipse.ui.views.properties.IPropertySource getPropertySource(org.eclipse.emf.ecore.EObject object) {
        return new EObjectPropertySource(object, domain, this::help);
    }

    /** Shows the validator's verdict on the fields and in the active form's heading. */
    void showValidation() {
        if (experiment == null || fields == null) {
            return;
        }
        Diagnostic diagnostic = ExperimentValidation.validate(experiment);
        fields.showProblems(diagnostic);
        IFormPage page = getActivePageInstance();
        if (page == null || page == sourcePage || page.getManagedForm() == null) {
            return;
        }
        long problems = diagnostic.getChildren().stream().filter(d -> d.getSeverity() != Diagnostic.OK).count();
        if (problems == 0) {
            page.getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
        } else {
            String first = diagnostic.getChildren().stream().filter(d -> d.getSeverity() != Diagnostic.OK)
                    .findFirst().map(Diagnostic::getMessage).orElse("");
            page.getManagedForm().getForm().setMessage(problems == 1 ? first : first + " (and " + (problems - 1)
                    + " more)", diagnostic.getSeverity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
                            : IMessageProvider.WARNING);
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        // Leaving the Source page applies its text; text that does not parse keeps the page open. (FormEditor's own
        // canLeaveThePage check sees the new page as the current one when the page is set programmatically.)
        if (sourcePage != null && shownPage == sourcePage.getIndex() && newPageIndex != shownPage
                && !sourcePage.applyText()) {
            super.setActivePage(shownPage);
            return;
        }
        shownPage = newPageIndex;
        super.pageChange(newPageIndex);
        showValidation();
    }

    /** The experiment as the XML its file would hold now. */
    String toXml() {
        try {
            Path temporary = Files.createTempFile("experiment", ".experiment");
            try {
                ModelFiles.save(EcoreUtil.copy(experiment), temporary);
                return Files.readString(temporary, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            return "<!-- cannot show the XML: " + e.getMessage() + " -->";
        }
    }

    /**
     * Replaces the model's content with the experiment in {@code xml}, as one undoable command; returns what is
     * wrong (with the line) when the text does not parse, else {@code null}.
     */
    String replaceFromXml(String xml) {
        Experiment parsed;
        Path folder = null;
        Path temporary = null;
        try {
            folder = Files.createTempDirectory("experiment-source");
            temporary = folder.resolve(file.getName());
            Files.writeString(temporary, xml, StandardCharsets.UTF_8);
            parsed = ModelFiles.loadExperiment(temporary);
        } catch (ModelLoadException e) {
            // Name the edited file, not the temporary copy that was parsed.
            return e.getMessage().replace(temporary.toAbsolutePath().normalize().toString(),
                    file.getFullPath().toString());
        } catch (IOException e) {
            return "The source cannot be read: " + e.getMessage();
        } finally {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
                if (folder != null) {
                    Files.deleteIfExists(folder);
                }
            } catch (IOException e) {
                // a stray temporary file; nothing else depends on it
            }
        }
        org.eclipse.emf.common.command.Command edit = new SourceMerge(domain).of(experiment, parsed);
        if (edit != null) {
            domain.getCommandStack().execute(edit);
        }
        return null;
    }

    /** The experiment shown, or {@code null} when the file could not be read. */
    /** The folder of the experiment's file on disk (relative paths in the experiment start there), or null. */
    public java.nio.file.Path getExperimentFolder() {
        return file == null || file.getLocation() == null ? null : file.getLocation().toPath().getParent();
    }

        public Experiment getExperiment() {
        return experiment;
    }

    /** What is wrong with the file (file and line), or {@code null} when it was read. */
    public String getLoadProblem() {
        return loadProblem;
    }

    /** The fields of the form pages. */
    ExperimentFields fields() {
        return fields;
    }

    /** The field bound to a parameter path such as {@code training.epochs}, or {@code null}. */
    public org.eclipse.swt.widgets.Control getField(String path) {
        return fields == null ? null : fields.control(path);
    }

    /** The validator problem a field shows, or {@code null}. */
    public String getFieldProblem(String path) {
        return fields == null ? null : fields.problem(path);
    }

    /** The Source page. */
    public SourcePage getSourcePage() {
        return sourcePage;
    }

    /** The editing domain (its command stack holds the undo history). */
    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    @Override
    public boolean isDirty() {
        return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded()
                || sourcePage != null && sourcePage.isTextEdited();
    }

    /** The Source page's text changed: the dirty marker and Save follow it. */
    void sourceTextChanged() {
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (experiment == null) {
            return;
        }
        if (getActivePageInstance() == sourcePage && !sourcePage.applyText()) {
            return; // the source does not parse: the page says why, nothing is written
        }
        try {
            ModelFiles.save(experiment, file.getLocation().toPath());
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            if (getActivePageInstance() == sourcePage) {
                sourcePage.showModel(); // the text is now what was saved
            }
            firePropertyChange(PROP_DIRTY);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            scheduleMarkerUpdate();
        } catch (IOException | CoreException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot save " + file.getName(),
                    e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered (isSaveAsAllowed is false).
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (bindings != null) {
            bindings.dispose();
        }
        super.dispose();
    }
}
