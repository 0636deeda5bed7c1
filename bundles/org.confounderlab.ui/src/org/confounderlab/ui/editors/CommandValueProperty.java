package org.confounderlab.ui.editors;

import java.util.Objects;

import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A feature of an EMF object as a data-binding value property whose changes go through the editing domain's
 * command stack (so every edit is undoable and makes the editor dirty), and which follows the object's
 * notifications (so undo, redo and source edits show in the widgets).
 */
final class CommandValueProperty extends SimpleValueProperty<EObject, Object> {

    private final EditingDomain domain;
    private final EStructuralFeature feature;

    CommandValueProperty(EditingDomain domain, EStructuralFeature feature) {
        this.domain = domain;
        this.feature = feature;
    }

    @Override
    public Object getValueType() {
        return feature;
    }

    @Override
    protected Object doGetValue(EObject source) {
        return source.eGet(feature);
    }

    @Override
    protected void doSetValue(EObject source, Object value) {
        if (!Objects.equals(source.eGet(feature), value)) {
            domain.getCommandStack().execute(SetCommand.create(domain, source, feature, value));
        }
    }

    @Override
    public INativePropertyListener<EObject> adaptListener(ISimplePropertyListener<EObject, org.eclipse.core.databinding.observable.value.ValueDiff<? extends Object>> listener) {
        return new NativePropertyListener<>(this, listener) {
            private final Adapter adapter = new AdapterImpl() {
                @Override
                public void notifyChanged(Notification notification) {
                    if (notification.getFeature() == feature && !notification.isTouch()) {
                        fireChange((EObject) notification.getNotifier(), null);
                    }
                }
            };

            @Override
            protected void doAddTo(EObject source) {
                source.eAdapters().add(adapter);
            }

            @Override
            protected void doRemoveFrom(EObject source) {
                source.eAdapters().remove(adapter);
            }
        };
    }
}
