package org.confounderlab.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A containment list of the experiment (attributes, regions, interventions) as a table whose cells are edited in
 * place, with Add and Remove. Every change is a command on the editor's stack, so it is undoable and makes the editor
 * dirty; the table follows the model, so undo, redo and Source edits show at once. A cell that cannot take its text
 * (letters in a number, an unknown region) says so under the table and leaves the model alone.
 */
final class ListTable {

    /**
     * One column: a feature of the list's elements.
     *
     * @param title   column header
     * @param feature feature name: an attribute, or a reference to the experiment's regions (edited as names)
     * @param width   initial width in pixels
     */
    record Column(String title, String feature, int width) {
    }

    private final EditingDomain domain;
    private final EObject owner;
    private final EReference list;
    private final Supplier<EObject> create;
    private final Supplier<List<? extends EObject>> referable;
    private final TableViewer viewer;
    private final Label problem;
    private final EContentAdapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && !viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        }
    };

    /**
     * @param owner     the object holding the list (the experiment)
     * @param list      the containment reference
     * @param create    a new element, named, for Add
     * @param referable the objects a reference column may name (the experiment's regions)
     * @param help      tooltip of the table
     */
    ListTable(FormToolkit toolkit, Composite parent, EditingDomain domain, EObject owner, String list,
            Supplier<EObject> create, Supplier<List<? extends EObject>> referable, String help, Column... columns) {
        this.domain = domain;
        this.owner = owner;
        this.list = (EReference) owner.eClass().getEStructuralFeature(list);
        this.create = create;
        this.referable = referable;
        Composite composite = toolkit.createComposite(parent);
        composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        composite.setLayout(layout);
        viewer = new TableViewer(toolkit.createTable(composite, SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setToolTipText(help);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableData.heightHint = 100;
        viewer.getTable().setLayoutData(tableData);
        viewer.setContentProvider((IStructuredContentProvider) input -> ((List<?>) ((EObject) input).eGet(this.list))
                .toArray());
        // Cells open on a single click or on F2 / Enter, and Tab moves to the next cell.
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        for (Column column : columns) {
            addColumn(column);
        }
        Composite buttons = toolkit.createComposite(composite);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout buttonLayout = new GridLayout(1, true);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        add.addListener(SWT.Selection, e -> add());
        Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        remove.addListener(SWT.Selection, e -> remove(viewer.getStructuredSelection().toList()));
        problem = toolkit.createLabel(composite, "", SWT.WRAP);
        problem.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        viewer.setInput(owner);
        owner.eAdapters().add(follower);
        viewer.getControl().addDisposeListener(e -> owner.eAdapters().remove(follower));
    }

    private void addColumn(Column column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
        viewerColumn.getColumn().setText(column.title());
        viewerColumn.getColumn().setWidth(column.width());
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text((EObject) element, column.feature());
            }
        });
        viewerColumn.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                EStructuralFeature feature = feature((EObject) element, column.feature());
                if (feature.getEType() instanceof EEnum type) {
                    return new ComboBoxCellEditor(viewer.getTable(), EnumChoices.items(type), SWT.READ_ONLY);
                }
                if (feature.getEType().getInstanceClass() == boolean.class) {
                    return new CheckboxCellEditor(viewer.getTable());
                }
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                EObject object = (EObject) element;
                EStructuralFeature feature = feature(object, column.feature());
                if (feature.getEType() instanceof EEnum type) {
                    return EnumChoices.indexOf(type, object.eGet(feature));
                }
                if (feature.getEType().getInstanceClass() == boolean.class) {
                    return object.eGet(feature);
                }
                return text(object, column.feature());
            }

            @Override
            protected void setValue(Object element, Object value) {
                EObject object = (EObject) element;
                EStructuralFeature feature = feature(object, column.feature());
                if (feature.getEType() instanceof EEnum type) {
                    int index = (Integer) value;
                    if (index >= 0) {
                        set(object, feature, EnumChoices.valueAt(type, index));
                    }
                } else if (value instanceof Boolean flag) {
                    set(object, feature, flag);
                } else {
                    setText(rows().indexOf(object), column.feature(), (String) value);
                }
            }
        });
    }

    private static EStructuralFeature feature(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalArgumentException(object.eClass().getName() + " has no feature " + name);
        }
        return feature;
    }

    private String text(EObject object, String name) {
        EStructuralFeature feature = feature(object, name);
        Object value = object.eGet(feature);
        if (feature instanceof EReference) {
            return String.join(", ", ((List<?>) value).stream().map(v -> name((EObject) v)).toList());
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return ExperimentFields.format(value);
    }

    /**
     * Sets the cell of row {@code row} and feature {@code name} from {@code text}, as typing it into the cell does;
     * says whether the model took it (else the reason shows under the table).
     */
    boolean setText(int row, String name, String text) {
        EObject object = rows().get(row);
        EStructuralFeature feature = feature(object, name);
        Object value;
        try {
            value = feature instanceof EReference ? referenced(text) : ExperimentFields.parse((EAttribute) feature,
                    text);
        } catch (IllegalArgumentException e) {
            problem.setText(title(object) + ", " + name + ": " + e.getMessage());
            problem.getParent().layout(true);
            return false;
        }
        set(object, feature, value);
        return true;
    }

    private List<EObject> referenced(String text) {
        List<EObject> found = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            EObject match = referable.get().stream().filter(o -> name.equals(name(o))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("there is no region '" + name
                            + "' (the experiment has " + String.join(", ", referable.get().stream()
                                    .map(ListTable::name).toList()) + ")"));
            found.add(match);
        }
        return found;
    }

    /** The object's name, or "?" when its class has none. */
    private static String name(EObject object) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        return name == null ? "?" : String.valueOf(object.eGet(name));
    }

    private static String title(EObject object) {
        return object.eClass().getName().toLowerCase(Locale.ROOT) + " '" + name(object) + "'";
    }

    private void set(EObject object, EStructuralFeature feature, Object value) {
        problem.setText("");
        if (!java.util.Objects.equals(object.eGet(feature), value)) {
            execute(SetCommand.create(domain, object, feature, value));
        }
    }

    /** Adds a new element at the end of the list (one undoable command) and selects it. */
    void add() {
        EObject element = create.get();
        execute(AddCommand.create(domain, owner, list, element));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
    }

    /** Removes {@code elements}, and every reference to them (one undoable command). */
    void remove(List<?> elements) {
        if (!elements.isEmpty()) {
            execute(DeleteCommand.create(domain, elements));
        }
    }

    private void execute(Command command) {
        problem.setText("");
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    /** The elements shown, in order. */
    @SuppressWarnings("unchecked")
    List<EObject> rows() {
        return (List<EObject>) owner.eGet(list);
    }

    /** Rows of the table. */
    int rowCount() {
        return viewer.getTable().getItemCount();
    }

    /** The text of a cell as shown. */
    String cell(int row, int column) {
        return viewer.getTable().getItem(row).getText(column);
    }

    /** What the last rejected cell said, or empty. */
    String problem() {
        return problem.getText();
    }
}
