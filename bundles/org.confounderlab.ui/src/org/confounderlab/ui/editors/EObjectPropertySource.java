package org.confounderlab.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * The attributes of one experiment object in the Properties view, each with the help text of the form field that
 * edits it (or the model's documentation). A change is a command on the editor's stack (undoable, and the editor gets dirty); text that does not
 * convert is refused with the reason.
 */
final class EObjectPropertySource implements IPropertySource {

    private static final String[] BOOLEANS = {"false", "true"};

    private final EObject object;
    private final EditingDomain domain;
    private final java.util.function.BiFunction<EObject, String, String> help;

    /**
     * @param help the help text of a feature of an object, or {@code null} for none
     */
    EObjectPropertySource(EObject object, EditingDomain domain, java.util.function.BiFunction<EObject, String,
            String> help) {
        this.object = object;
        this.domain = domain;
        this.help = help;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient()) {
                continue;
            }
            PropertyDescriptor descriptor;
            String name = attribute.getName();
            if (!attribute.isChangeable()) {
                descriptor = new PropertyDescriptor(name, name);
            } else if (attribute.getEAttributeType() instanceof EEnum type) {
                descriptor = new ComboBoxPropertyDescriptor(name, name, EnumChoices.items(type));
            } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
                descriptor = new ComboBoxPropertyDescriptor(name, name, BOOLEANS);
            } else {
                TextPropertyDescriptor text = new TextPropertyDescriptor(name, name);
                text.setValidator(value -> {
                    try {
                        ExperimentFields.parse(attribute, String.valueOf(value));
                        return null;
                    } catch (IllegalArgumentException e) {
                        return name + ": " + e.getMessage();
                    }
                });
                descriptor = text;
            }
            descriptor.setCategory(object.eClass().getName());
            String text = help.apply(object, name);
            if (text == null) {
                text = EcoreUtil.getDocumentation(attribute);
            }
            descriptor.setDescription(text != null ? text : name);
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private EAttribute attribute(Object id) {
        return (EAttribute) object.eClass().getEStructuralFeature((String) id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        EAttribute attribute = attribute(id);
        Object value = object.eGet(attribute);
        if (attribute.getEAttributeType() instanceof EEnum type && attribute.isChangeable()) {
            return EnumChoices.indexOf(type, value);
        }
        if (value instanceof Boolean flag && attribute.isChangeable()) {
            return flag ? 1 : 0;
        }
        return ExperimentFields.format(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return object.eIsSet(attribute(id));
    }

    @Override
    public void resetPropertyValue(Object id) {
        execute(attribute(id), SetCommand.UNSET_VALUE);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        EAttribute attribute = attribute(id);
        Object converted;
        if (attribute.getEAttributeType() instanceof EEnum type) {
            int index = (Integer) value;
            if (index < 0) {
                return;
            }
            converted = EnumChoices.valueAt(type, index);
        } else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
            converted = (Integer) value == 1;
        } else {
            try {
                converted = ExperimentFields.parse(attribute, String.valueOf(value));
            } catch (IllegalArgumentException e) {
                return; // the descriptor's validator has said why
            }
        }
        if (!java.util.Objects.equals(object.eGet(attribute), converted)) {
            execute(attribute, converted);
        }
    }

    private void execute(EAttribute attribute, Object value) {
        var command = SetCommand.create(domain, object, attribute, value);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
