package org.confounderlab.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Human-readable labels of model objects for messages ("Region 'marker'"). */
public final class ObjectLabels {

  private ObjectLabels() {
  }

  /** {@code <EClass name> '<name>'} when the object has a non-empty name (or id), else the EClass name. */
  public static String label(EObject object) {
    if (object == null) {
      return "null";
    }
    String type = object.eClass().getName();
    for (String key : new String[] { "name", "id", "interventionName", "label" }) {
      EStructuralFeature feature = object.eClass().getEStructuralFeature(key);
      if (feature != null && !feature.isMany()) {
        Object value = object.eGet(feature);
        if (value instanceof String s && !s.isBlank()) {
          return type + " '" + s + "'";
        }
      }
    }
    return type;
  }
}
