package org.confounderlab.core.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An experiment (or any EMF object) as a flat, ordered map of parameter paths to values, for side-by-side
 * comparison of runs: {@code training.batchSize → 32}, {@code attributes[laterality].kind → CATEGORICAL},
 * {@code dataset.labelNames → fracture, effusion}. Contained objects in lists are named by their {@code name}
 * attribute when they have one, else by their position; references to other objects by their name.
 */
public final class ExperimentParameters {

    private ExperimentParameters() {
    }

    /** The parameters of {@code root}, in the model's feature order. */
    public static Map<String, String> flatten(EObject root) {
        Map<String, String> parameters = new LinkedHashMap<>();
        flatten(root, "", parameters);
        return parameters;
    }

    private static void flatten(EObject object, String prefix, Map<String, String> parameters) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived()) {
                continue;
            }
            String path = prefix + feature.getName();
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute) {
                parameters.put(path, text(value));
            } else if (feature instanceof EReference reference) {
                if (reference.isContainment()) {
                    if (reference.isMany()) {
                        List<?> children = (List<?>) value;
                        for (int i = 0; i < children.size(); i++) {
                            EObject child = (EObject) children.get(i);
                            flatten(child, path + "[" + key(child, i) + "].", parameters);
                        }
                    } else if (value instanceof EObject child) {
                        flatten(child, path + ".", parameters);
                    }
                } else {
                    parameters.put(path, reference.isMany() ? ((List<?>) value).stream()
                            .map(o -> key((EObject) o, -1)).collect(Collectors.joining(", ")) : value == null ? ""
                            : key((EObject) value, -1));
                }
            }
        }
    }

    private static String key(EObject object, int index) {
        EStructuralFeature name = object.eClass().getEStructuralFeature("name");
        if (name != null && object.eGet(name) != null) {
            return String.valueOf(object.eGet(name));
        }
        return index >= 0 ? String.valueOf(index) : object.eClass().getName();
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? "" : String.valueOf(value);
    }
}
