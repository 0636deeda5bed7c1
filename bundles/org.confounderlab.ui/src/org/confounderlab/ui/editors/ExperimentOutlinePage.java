package org.confounderlab.ui.editors;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Outline of an experiment: its parts as a tree (data set, attributes, regions, split, model, training,
 * interventions, diagnostics, backend). Selecting one turns the editor to the page that edits it, and shows its
 * attributes in the Properties view, where they can be edited too. The tree follows every change of the model.
 */
final class ExperimentOutlinePage extends ContentOutlinePage {

    /** An experiment object in the tree: adaptable to its properties. */
    record Node(EObject object, EditingDomain domain, java.util.function.BiFunction<EObject, String, String> help)
            implements IAdaptable {

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return adapter == IPropertySource.class ? adapter.cast(new EObjectPropertySource(object, domain, help)) : null;
        }
    }

    private final EObject root;
    private final EditingDomain domain;
    private final Consumer<EObject> reveal;
    private final java.util.function.BiFunction<EObject, String, String> help;
    private final EContentAdapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            TreeViewer viewer = getTreeViewer();
            if (!notification.isTouch() && viewer != null && !viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        }
    };

    /**
     * @param reveal called with the object selected, to show the editor page that edits it
     * @param help   the help text of a feature of an object, for the Properties view
     */
    ExperimentOutlinePage(EObject root, EditingDomain domain, Consumer<EObject> reveal,
            java.util.function.BiFunction<EObject, String, String> help) {
        this.root = root;
        this.domain = domain;
        this.reveal = reveal;
        this.help = help;
    }

    private org.eclipse.jface.action.IAction undo;
    private org.eclipse.jface.action.IAction redo;

    /** The editor's Undo and Redo, so that Ctrl+Z works while the Outline has the focus. */
    void setUndoRedo(org.eclipse.jface.action.IAction undoAction, org.eclipse.jface.action.IAction redoAction) {
        undo = undoAction;
        redo = redoAction;
    }

    @Override
    public void init(org.eclipse.ui.part.IPageSite pageSite) {
        super.init(pageSite);
        if (undo != null) {
            pageSite.getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.UNDO.getId(), undo);
            pageSite.getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.REDO.getId(), redo);
        }
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return new Object[] {new Node(root, domain, help)};
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((Node) parent).object().eContents().stream().map(o -> new Node(o, domain, help)).toArray();
            }

            @Override
            public Object getParent(Object element) {
                EObject container = ((Node) element).object().eContainer();
                return container == null ? null : new Node(container, domain, help);
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((Node) element).object().eContents().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label(((Node) element).object());
            }
        });
        viewer.setInput(root);
        viewer.expandToLevel(2);
        viewer.addSelectionChangedListener(e -> {
            if (e.getStructuredSelection().getFirstElement() instanceof Node node) {
                reveal.accept(node.object());
            }
        });
        root.eAdapters().add(follower);
    }

    /** What a tree row says: the kind of object, and its name or the value that tells it apart. */
    static String label(EObject object) {
        String kind = words(object.eClass().getName());
        for (String feature : List.of("name", "location", "architecture", "kind")) {
            EStructuralFeature named = object.eClass().getEStructuralFeature(feature);
            if (named != null && object.eGet(named) != null) {
                return kind + ": " + object.eGet(named);
            }
        }
        return kind;
    }

    /** {@code ConfounderAttribute} as "Confounder attribute". */
    private static String words(String className) {
        String spaced = className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                .replace(" spec", "").replace("dataset reference", "data set");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Selects {@code object}'s row (for tests and links). */
    void select(EObject object) {
        getTreeViewer().setSelection(new StructuredSelection(new Node(object, domain, help)), true);
    }

    /** The rows under the experiment, as labelled. */
    List<String> topLabels() {
        return root.eContents().stream().map(ExperimentOutlinePage::label).toList();
    }

    @Override
    public void dispose() {
        root.eAdapters().remove(follower);
        super.dispose();
    }
}
