package org.confounderlab.model.validation;

import java.util.Map;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Entry point for validating experiments; works with or without any global registration. */
public final class ExperimentValidation {

  private ExperimentValidation() {
  }

  /**
   * Validates {@code experiment} and everything it contains with EMF's default constraints plus the
   * {@link ExperimentValidator} rules. The result's severity is {@link Diagnostic#OK} when there is no problem;
   * each child diagnostic carries the offending object as its first data element.
   */
  public static Diagnostic validate(Experiment experiment) {
    return diagnostician().validate(experiment);
  }

  /** Validates any Confounder Lab model object (an Experiment, a Run containing an experiment snapshot...). */
  public static Diagnostic validate(EObject object) {
    return diagnostician().validate(object);
  }

  /** Validates {@code experiment} with a given context map (see {@link Diagnostician#validate(EObject, Map)}). */
  public static Diagnostic validate(Experiment experiment, Map<Object, Object> context) {
    Diagnostician diagnostician = diagnostician();
    Map<Object, Object> merged = diagnostician.createDefaultContext();
    if (context != null) {
      merged.putAll(context);
    }
    return diagnostician.validate(experiment, merged);
  }

  /** Collects {@code diagnostic}'s leaf messages, one per line, prefixed with the severity. */
  public static String format(Diagnostic diagnostic) {
    StringBuilder s = new StringBuilder();
    append(s, diagnostic);
    return s.toString();
  }

  private static void append(StringBuilder s, Diagnostic diagnostic) {
    if (diagnostic.getChildren().isEmpty()) {
      if (diagnostic.getSeverity() != Diagnostic.OK) {
        s.append(severity(diagnostic.getSeverity())).append(": ").append(diagnostic.getMessage()).append('\n');
      }
      return;
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      append(s, child);
    }
  }

  private static String severity(int severity) {
    return switch (severity) {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.INFO -> "INFO";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "OK";
    };
  }

  private static Diagnostician diagnostician() {
    EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
    registry.put(ExperimentPackage.eINSTANCE, ExperimentValidator.INSTANCE);
    return new Diagnostician(registry) {
      @Override
      public String getObjectLabel(EObject eObject) {
        return ObjectLabels.label(eObject);
      }
    };
  }

  /** Convenience: true when {@code diagnostic} has no ERROR (warnings allowed). */
  public static boolean isValid(Diagnostic diagnostic) {
    return diagnostic.getSeverity() < Diagnostic.ERROR;
  }
}
