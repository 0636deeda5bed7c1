package org.confounderlab.ui.editors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Builds the experiment editor's fields, each bound to one feature of the model through data binding and the
 * command stack: typing changes the model (undoably), and undo, redo or a source edit change the field. A field that
 * cannot be converted (letters in a number) says so on the field and leaves the model alone; the model validator's
 * problems show on the field they concern. Fields are known by their parameter path, e.g. {@code training.epochs}.
 */
final class ExperimentFields {

    private record Field(EObject owner, EStructuralFeature feature, Control control, ControlDecoration problem) {
    }

    private final EditingDomain domain;
    private final DataBindingContext context;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    ExperimentFields(EditingDomain domain, DataBindingContext context) {
        this.domain = domain;
        this.context = context;
    }

    /** A text field for a string, number or string-list attribute. */
    Text text(FormToolkit toolkit, Composite parent, String path, EObject owner, String featureName, String label,
            String help) {
        label(toolkit, parent, label, help);
        Text text = toolkit.createText(parent, "", SWT.BORDER | SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return bind(text, path, owner, featureName, label, help);
    }

    /**
     * A text field for a file path with a Browse… button offering files with {@code extensions} (e.g.
     * {@code "*.pth"}); a chosen file inside {@code folder} (the experiment's) is written relative to it.
     */
    Text file(FormToolkit toolkit, Composite parent, String path, EObject owner, String featureName, String label,
            String help, String[] extensions, java.util.function.Supplier<java.nio.file.Path> folder) {
        label(toolkit, parent, label, help);
        Composite row = toolkit.createComposite(parent);
        org.eclipse.swt.layout.GridLayout layout = new org.eclipse.swt.layout.GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text text = toolkit.createText(row, "", SWT.BORDER | SWT.SINGLE);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = toolkit.createButton(row, "Browse…", SWT.PUSH);
        browse.setData("path", path + ".browse");
        browse.addListener(SWT.Selection, event -> {
            org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(parent.getShell(),
                    SWT.OPEN);
            dialog.setText(label);
            dialog.setFilterExtensions(extensions);
            java.nio.file.Path base = folder.get();
            if (base != null) {
                dialog.setFilterPath(base.toString());
            }
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(relativeTo(base, java.nio.file.Path.of(chosen)));
            }
        });
        return bind(text, path, owner, featureName, label, help);
    }

    /** {@code file} relative to {@code base} when it lies inside it, else absolute. */
    static String relativeTo(java.nio.file.Path base, java.nio.file.Path file) {
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        if (base != null && absolute.startsWith(base.toAbsolutePath().normalize())) {
            return base.toAbsolutePath().normalize().relativize(absolute).toString();
        }
        return absolute.toString();
    }

    private Text bind(Text text, String path, EObject owner, String featureName, String label, String help) {
        EAttribute attribute = (EAttribute) feature(owner, featureName);
        text.setToolTipText(help);
        text.setMessage(attribute.isMany() ? "comma-separated" : "");
        IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
        @SuppressWarnings("unchecked")
        IObservableValue<Object> model = (IObservableValue<Object>) (IObservableValue<?>)
                new CommandValueProperty(domain, attribute).observe(owner);
        UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<>();
        toModel.setAfterGetValidator(value -> {
            try {
                parse(attribute, value);
                return Status.OK_STATUS;
            } catch (IllegalArgumentException e) {
                return Status.error(label + ": " + e.getMessage());
            }
        });
        toModel.setConverter(IConverter.create(String.class, Object.class, value -> parse(attribute, value)));
        UpdateValueStrategy<Object, String> toTarget = new UpdateValueStrategy<>();
        toTarget.setConverter(IConverter.create(Object.class, String.class, ExperimentFields::format));
        Binding binding = context.bindValue(target, model, toModel, toTarget);
        org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
        add(path, owner, attribute, text);
        return text;
    }

    /** A drop-down of an enumeration's literals. */
    ComboViewer choice(FormToolkit toolkit, Composite parent, String path, EObject owner, String featureName,
            String label, String help) {
        EAttribute attribute = (EAttribute) feature(owner, featureName);
        ComboViewer viewer = combo(toolkit, parent, label, help);
        viewer.setLabelProvider(new LabelProvider());
        List<Object> values = new ArrayList<>();
        for (EEnumLiteral literal : ((EEnum) attribute.getEAttributeType()).getELiterals()) {
            values.add(literal.getInstance());
        }
        viewer.setInput(values);
        @SuppressWarnings("unchecked")
        IObservableValue<Object> model = (IObservableValue<Object>) (IObservableValue<?>)
                new CommandValueProperty(domain, attribute).observe(owner);
        context.bindValue(ViewerProperties.singleSelection(Object.class).observe(viewer), model);
        add(path, owner, attribute, viewer.getCombo());
        return viewer;
    }

    /** What a reference field shows for "no object". */
    static final String NONE = "(none)";

    /**
     * A drop-down choosing the object a single reference points at, among {@code candidates} (looked up again after
     * every command, so objects added or removed elsewhere in the editor show), or {@link #NONE}.
     */
    ComboViewer reference(FormToolkit toolkit, Composite parent, String path, EObject owner, String featureName,
            String label, String help, java.util.function.Supplier<List<? extends EObject>> candidates) {
        EStructuralFeature reference = feature(owner, featureName);
        ComboViewer viewer = combo(toolkit, parent, label, help);
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof EObject object ? String.valueOf(object.eGet(
                        object.eClass().getEStructuralFeature("name"))) : String.valueOf(element);
            }
        });
        Runnable fill = () -> {
            List<Object> values = new ArrayList<>();
            values.add(NONE);
            values.addAll(candidates.get());
            viewer.setInput(values);
            Object current = owner.eGet(reference);
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(current == null ? NONE : current));
        };
        fill.run();
        org.eclipse.emf.common.command.CommandStackListener refill = event -> {
            if (!viewer.getControl().isDisposed()) {
                fill.run();
            }
        };
        domain.getCommandStack().addCommandStackListener(refill);
        viewer.getControl().addDisposeListener(e -> domain.getCommandStack().removeCommandStackListener(refill));
        @SuppressWarnings("unchecked")
        IObservableValue<Object> model = (IObservableValue<Object>) (IObservableValue<?>)
                new CommandValueProperty(domain, reference).observe(owner);
        IConverter<Object, Object> toModel = IConverter.create(Object.class, Object.class,
                value -> value == NONE ? null : value);
        IConverter<Object, Object> toWidget = IConverter.create(Object.class, Object.class,
                value -> value == null ? NONE : value);
        context.bindValue(ViewerProperties.singleSelection(Object.class).observe(viewer), model,
                UpdateValueStrategy.create(toModel), UpdateValueStrategy.create(toWidget));
        add(path, owner, reference, viewer.getCombo());
        return viewer;
    }

    /** A labelled, read-only drop-down filling the row, its items from a list. */
    private static ComboViewer combo(FormToolkit toolkit, Composite parent, String label, String help) {
        label(toolkit, parent, label, help);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(viewer.getCombo());
        viewer.getCombo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer.getCombo().setToolTipText(help);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        return viewer;
    }

    /** A check box for a boolean attribute. */
    Button check(FormToolkit toolkit, Composite parent, String path, EObject owner, String featureName, String label,
            String help) {
        EAttribute attribute = (EAttribute) feature(owner, featureName);
        toolkit.createLabel(parent, "");
        Button button = toolkit.createButton(parent, label, SWT.CHECK);
        button.setToolTipText(help);
        @SuppressWarnings("unchecked")
        IObservableValue<Object> model = (IObservableValue<Object>) (IObservableValue<?>)
                new CommandValueProperty(domain, attribute).observe(owner);
        @SuppressWarnings({"unchecked", "rawtypes"})
        IObservableValue<Object> target = (IObservableValue) WidgetProperties.buttonSelection().observe(button);
        context.bindValue(target, model);
        add(path, owner, attribute, button);
        return button;
    }

    private static void label(FormToolkit toolkit, Composite parent, String text, String help) {
        Label label = toolkit.createLabel(parent, text + ":");
        label.setToolTipText(help);
        label.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
    }

    /** The help text of the form field that edits {@code feature} of {@code owner}, or {@code null}. */
    String help(EObject owner, String feature) {
        return fields.values().stream().filter(f -> f.owner() == owner && f.feature().getName().equals(feature))
                .map(f -> f.control().isDisposed() ? null : f.control().getToolTipText())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private void add(String path, EObject owner, EStructuralFeature feature, Control control) {
        ControlDecoration problem = new ControlDecoration(control, SWT.TOP | SWT.RIGHT);
        problem.hide();
        fields.put(path, new Field(owner, feature, control, problem));
    }

    private static EStructuralFeature feature(EObject owner, String name) {
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new IllegalArgumentException(owner.eClass().getName() + " has no feature " + name);
        }
        return feature;
    }

    /** Shows each validator problem on the field of the object and feature it concerns; clears the others. */
    void showProblems(Diagnostic diagnostic) {
        Map<Field, String> problems = new LinkedHashMap<>();
        for (Diagnostic child : diagnostic.getChildren()) {
            List<?> data = child.getData();
            if (child.getSeverity() == Diagnostic.OK || data.size() < 2) {
                continue;
            }
            for (Field field : fields.values()) {
                if (field.owner() == data.get(0) && field.feature() == data.get(1)) {
                    problems.merge(field, child.getMessage(), (a, b) -> a + "\n" + b);
                }
            }
        }
        for (Field field : fields.values()) {
            String problem = problems.get(field);
            if (field.control().isDisposed()) {
                continue;
            }
            if (problem == null) {
                field.problem().hide();
            } else {
                field.problem().setImage(FieldDecorationRegistry.getDefault()
                        .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
                field.problem().setDescriptionText(problem);
                field.problem().show();
            }
        }
    }

    /** The field of a parameter path, or {@code null}. */
    Control control(String path) {
        Field field = fields.get(path);
        return field == null ? null : field.control();
    }

    /** The validator's problem shown on a field, or {@code null} when it shows none. */
    String problem(String path) {
        Field field = fields.get(path);
        return field == null || !field.problem().isVisible() ? null : field.problem().getDescriptionText();
    }

    static Object parse(EAttribute attribute, String text) {
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    values.add(parseOne(attribute.getEAttributeType(), part.strip()));
                }
            }
            return values;
        }
        return parseOne(attribute.getEAttributeType(), text.strip());
    }

    private static Object parseOne(EDataType type, String text) {
        Class<?> kind = type.getInstanceClass();
        Function<String, Object> parser;
        String expected;
        if (kind == int.class || kind == Integer.class) {
            parser = Integer::valueOf;
            expected = "a whole number";
        } else if (kind == long.class || kind == Long.class) {
            parser = Long::valueOf;
            expected = "a whole number";
        } else if (kind == double.class || kind == Double.class) {
            parser = Double::valueOf;
            expected = "a number such as 0.001";
        } else {
            return text;
        }
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not " + expected);
        }
    }

    static String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
