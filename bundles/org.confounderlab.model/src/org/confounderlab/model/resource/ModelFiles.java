package org.confounderlab.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.Study;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Loading and saving of {@code .experiment} and {@code .run} files outside (or inside) Eclipse. Loading
 * never returns {@code null}: every failure is a {@link ModelLoadException} naming file, line and column.
 */
public final class ModelFiles {

  private ModelFiles() {
  }

  /** Loads the {@link Experiment} of {@code file} into a fresh resource set. */
  public static Experiment loadExperiment(Path file) throws ModelLoadException {
    return load(file, Experiment.class, ConfounderLabResources.newResourceSet());
  }

  /** Loads the {@link Run} of {@code file} into a fresh resource set. */
  public static Run loadRun(Path file) throws ModelLoadException {
    return load(file, Run.class, ConfounderLabResources.newResourceSet());
  }

  /** Loads the {@link DatasetAudit} of an {@code .audit} file into a fresh resource set. */
  public static DatasetAudit loadAudit(Path file) throws ModelLoadException {
    return load(file, DatasetAudit.class, ConfounderLabResources.newResourceSet());
  }

  /** Loads the {@link Study} of a {@code .study} file into a fresh resource set. */
  public static Study loadStudy(Path file) throws ModelLoadException {
    return load(file, Study.class, ConfounderLabResources.newResourceSet());
  }

  /**
   * Loads the single root object of {@code file} into {@code resourceSet} (which should have been set up with
   * {@link ConfounderLabResources#register(ResourceSet)}) and checks that it is a {@code type}.
   */
  public static <T extends EObject> T load(Path file, Class<T> type, ResourceSet resourceSet)
      throws ModelLoadException {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.isRegularFile(absolute)) {
      throw new ModelLoadException(file, Files.exists(absolute) ? "not a regular file" : "file not found");
    }
    URI uri = URI.createFileURI(absolute.toString());
    Resource resource = resourceSet.getResource(uri, false);
    if (resource == null) {
      resource = resourceSet.createResource(uri);
    }
    if (resource == null) {
      throw new ModelLoadException(file, "no resource factory for this file type (expected ."
          + ExperimentResourceFactory.FILE_EXTENSION + " or ." + RunResourceFactory.FILE_EXTENSION + ")");
    }
    Throwable cause = null;
    try {
      if (!resource.isLoaded()) {
        resource.load(null);
      }
    } catch (IOException | RuntimeException e) {
      cause = e;
    }
    if (cause == null && resource.getErrors().isEmpty() && !resource.getContents().isEmpty()) {
      EcoreUtil.resolveAll(resource);
    }
    if (cause != null || !resource.getErrors().isEmpty()) {
      ModelLoadException failure = toException(file, resource, cause);
      resource.unload();
      resourceSet.getResources().remove(resource);
      throw failure;
    }
    if (resource.getContents().isEmpty()) {
      throw new ModelLoadException(file, "the file contains no model object (expected a "
          + type.getSimpleName() + ")");
    }
    EObject root = resource.getContents().get(0);
    if (!type.isInstance(root)) {
      throw new ModelLoadException(file, "the root object is a " + root.eClass().getName() + ", expected a "
          + type.getSimpleName());
    }
    return type.cast(root);
  }

  private static ModelLoadException toException(Path file, Resource resource, Throwable cause) {
    List<Resource.Diagnostic> diagnostics = new ArrayList<>(resource.getErrors());
    Throwable c = cause;
    while (c != null) {
      if (c instanceof Resource.Diagnostic d && !diagnostics.contains(d)) {
        diagnostics.add(0, d);
        break;
      }
      Throwable next = c instanceof WrappedException w ? w.exception() : c.getCause();
      if (next == c) {
        break;
      }
      c = next;
    }
    List<String> problems = new ArrayList<>();
    for (Resource.Diagnostic d : diagnostics) {
      problems.add(ModelLoadException.format(file, d.getLine(), d.getColumn(), message(d)));
    }
    if (!diagnostics.isEmpty()) {
      Resource.Diagnostic first = diagnostics.get(0);
      String what = message(first);
      if (diagnostics.size() > 1) {
        what += " (and " + (diagnostics.size() - 1) + " more problem(s))";
      }
      return new ModelLoadException(file, first.getLine(), first.getColumn(), what, problems,
          cause != null ? cause : first instanceof Throwable t ? t : null);
    }
    String what = cause == null ? "unknown load error" : rootMessage(cause);
    return new ModelLoadException(file, -1, -1, what, List.of(ModelLoadException.format(file, -1, -1, what)), cause);
  }

  /** The plain problem text: the SAX parser's own message if there is one, without EMF's location suffix. */
  private static String message(Resource.Diagnostic d) {
    if (d instanceof Throwable t) {
      for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
        if (c instanceof org.xml.sax.SAXParseException sax && sax.getMessage() != null) {
          return sax.getMessage();
        }
      }
    }
    String m = d.getMessage();
    if (m == null || m.isBlank()) {
      return d.getClass().getSimpleName();
    }
    String suffix = " (" + d.getLocation() + ", " + d.getLine() + ", " + d.getColumn() + ")";
    return m.endsWith(suffix) ? m.substring(0, m.length() - suffix.length()) : m;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    String m = c.getMessage();
    return m == null ? c.getClass().getSimpleName() : m;
  }

  /**
   * Saves {@code root} (an Experiment or a Run) to {@code file}, atomically where the file system allows.
   * If {@code root} is already the root of a resource, that resource is saved under the new file name
   * ("save as"); otherwise a new resource in a fresh resource set is created for it.
   *
   * @throws IllegalArgumentException if {@code root} is contained in another object
   */
  public static void save(EObject root, Path file) throws IOException {
    if (root.eContainer() != null) {
      throw new IllegalArgumentException("only a root object can be saved, but " + root.eClass().getName()
          + " is contained in " + root.eContainer().eClass().getName());
    }
    Path absolute = file.toAbsolutePath().normalize();
    URI uri = URI.createFileURI(absolute.toString());
    Resource resource = root.eResource();
    if (resource == null) {
      ResourceSet resourceSet = ConfounderLabResources.newResourceSet();
      resource = resourceSet.createResource(uri);
      if (resource == null) {
        throw new IOException(file + ": no resource factory for this file type");
      }
      resource.getContents().add(root);
    } else {
      resource.setURI(uri);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    resource.save(bytes, SecureXmlLoadOptions.saveOptions());
    AtomicFiles.write(absolute, bytes.toByteArray());
    resource.setModified(false);
  }
}
