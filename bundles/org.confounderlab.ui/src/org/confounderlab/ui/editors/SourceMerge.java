package org.confounderlab.ui.editors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * What turns the edited experiment into the one parsed from the Source page, as one command. Changed attributes are
 * set on the existing objects, which the form fields stay bound to; contained objects of the same class (a list of
 * the same length) are merged the same way; anything else is replaced by the parsed objects. References to other
 * objects (an intervention's regions) are set last, to the existing object that each parsed one was merged into, so
 * no reference is left pointing out of the experiment.
 */
final class SourceMerge {

    private record Reference(EObject owner, EReference feature, Object wanted) {
    }

    private final EditingDomain domain;
    private final Map<EObject, EObject> counterparts = new IdentityHashMap<>();
    private final List<Reference> references = new ArrayList<>();

    SourceMerge(EditingDomain domain) {
        this.domain = domain;
    }

    /** The command that makes {@code existing} like {@code parsed}, or {@code null} when they are alike. */
    Command of(EObject existing, EObject parsed) {
        CompoundCommand commands = new CompoundCommand("Edit Source");
        merge(existing, parsed, commands);
        for (Reference reference : references) {
            Object value = counterpart(reference.wanted());
            if (!Objects.equals(reference.owner().eGet(reference.feature()), value)) {
                commands.append(SetCommand.create(domain, reference.owner(), reference.feature(), value));
            }
        }
        return commands.isEmpty() ? null : commands.unwrap();
    }

    @SuppressWarnings("unchecked")
    private void merge(EObject existing, EObject parsed, CompoundCommand commands) {
        counterparts.put(parsed, existing);
        for (EStructuralFeature feature : existing.eClass().getEAllStructuralFeatures()) {
            if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()) {
                continue;
            }
            Object current = existing.eGet(feature);
            Object wanted = parsed.eGet(feature);
            if (feature instanceof EReference reference && !reference.isContainment()) {
                references.add(new Reference(existing, reference, wanted));
                continue;
            }
            if (feature instanceof EReference reference) {
                if (!reference.isMany() && current instanceof EObject a && wanted instanceof EObject b
                        && a.eClass() == b.eClass()) {
                    merge(a, b, commands);
                    continue;
                }
                if (reference.isMany()) {
                    List<EObject> a = (List<EObject>) current;
                    List<EObject> b = (List<EObject>) wanted;
                    boolean sameShape = a.size() == b.size();
                    for (int i = 0; sameShape && i < a.size(); i++) {
                        sameShape = a.get(i).eClass() == b.get(i).eClass();
                    }
                    if (sameShape) {
                        for (int i = 0; i < a.size(); i++) {
                            merge(a.get(i), b.get(i), commands);
                        }
                        continue;
                    }
                }
                // Replaced: the parsed objects move in; references inside them still need mapping.
                collectReferences(wanted);
            }
            if (!same(current, wanted)) {
                Object value = wanted instanceof List<?> list ? new ArrayList<>(list) : wanted;
                commands.append(SetCommand.create(domain, existing, feature, value));
            }
        }
    }

    /** Defers the non-containment references inside objects that move in whole. */
    private void collectReferences(Object contained) {
        List<?> objects = contained instanceof List<?> list ? list : contained == null ? List.of() : List.of(contained);
        for (Object object : objects) {
            EObject root = (EObject) object;
            List<EObject> all = new ArrayList<>();
            all.add(root);
            root.eAllContents().forEachRemaining(all::add);
            for (EObject each : all) {
                for (EReference reference : each.eClass().getEAllReferences()) {
                    if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable()
                            && !reference.isDerived() && !reference.isTransient()) {
                        references.add(new Reference(each, reference, each.eGet(reference)));
                    }
                }
            }
        }
    }

    private Object counterpart(Object wanted) {
        if (wanted instanceof List<?> list) {
            List<Object> mapped = new ArrayList<>();
            for (Object each : list) {
                mapped.add(counterparts.getOrDefault(each, (EObject) each));
            }
            return mapped;
        }
        return wanted instanceof EObject object ? counterparts.getOrDefault(object, object) : wanted;
    }

    /** Whether two feature values are equal: contained objects by content, the rest by value. */
    @SuppressWarnings("unchecked")
    private static boolean same(Object current, Object parsed) {
        if (current instanceof EObject a && parsed instanceof EObject b) {
            return EcoreUtil.equals(a, b);
        }
        if (current instanceof List<?> a && parsed instanceof List<?> b
                && (a.stream().anyMatch(EObject.class::isInstance) || b.stream().anyMatch(EObject.class::isInstance))) {
            return EcoreUtil.equals((List<EObject>) a, (List<EObject>) b);
        }
        return Objects.equals(current, parsed);
    }
}
