package org.confounderlab.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Standalone (no running Eclipse) EMF code generator for the Confounder Lab model bundle.
 *
 * <p>Usage: {@code GenerateModel <path-to-bundles/org.confounderlab.model> [--reload]}</p>
 *
 * <ul>
 * <li>Loads {@code model/confounderlab.genmodel} through {@code platform:/resource/org.confounderlab.model/},
 * which is mapped onto the bundle folder, reconciles and validates it, deletes {@code src-gen/}
 * and regenerates the model code into it with EMF's own {@link Generator} (model project only).</li>
 * <li>Every file of the bundle outside {@code src-gen/} (plugin.xml, plugin.properties, build.properties,
 * META-INF/MANIFEST.MF, hand-written sources...) is snapshotted before and restored byte for byte
 * afterwards; files the generator creates outside {@code src-gen/} are deleted again.</li>
 * <li>{@code --reload} first rebuilds the genmodel's GenPackages/GenClasses/GenFeatures from the .ecore
 * files (what "Reload..." does in the Eclipse IDE), keeping the genmodel's settings, and saves it.</li>
 * </ul>
 */
public final class GenerateModel {

  static final String PROJECT = "org.confounderlab.model";
  static final String GENMODEL = "model/confounderlab.genmodel";
  static final String SRC_GEN = "src-gen";

  private GenerateModel() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: GenerateModel <model-bundle-dir> [--reload]");
      System.exit(2);
    }
    Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
    boolean reload = false;
    for (int i = 1; i < args.length; i++) {
      if ("--reload".equals(args[i])) {
        reload = true;
      } else if (args[i] != null && !args[i].isBlank()) {
        System.err.println("error: unknown option " + args[i]);
        System.exit(2);
      }
    }
    if (!Files.isRegularFile(bundle.resolve(GENMODEL))) {
      System.err.println("error: no " + GENMODEL + " in " + bundle);
      System.exit(2);
    }
    int rc = run(bundle, reload);
    System.exit(rc);
  }

  static int run(Path bundle, boolean reload) throws IOException {
    setUpStandaloneEmf(bundle);

    ResourceSet resourceSet = new ResourceSetImpl();
    URI genModelUri = URI.createPlatformResourceURI(PROJECT + "/" + GENMODEL, true);
    Resource genModelResource = resourceSet.getResource(genModelUri, true);
    GenModel genModel = (GenModel) genModelResource.getContents().get(0);

    if (reload) {
      genModel = reload(genModel, genModelResource);
    }

    genModel.reconcile();
    genModel.setCanGenerate(true);
    // Never format with JDT (not available standalone) and never touch project metadata.
    genModel.setCodeFormatting(false);
    genModel.setUpdateClasspath(false);
    genModel.setBundleManifest(false);

    IStatus status = genModel.validate();
    if (status.getSeverity() == IStatus.ERROR) {
      printStatus(status, "");
      System.err.println("error: the genmodel is not valid");
      return 1;
    }
    for (GenPackage genPackage : genModel.getGenPackages()) {
      Diagnostic diagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
      if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
        printDiagnostic(diagnostic, "");
        System.err.println("error: the Ecore package " + genPackage.getEcorePackage().getName() + " is not valid");
        return 1;
      }
    }

    Map<Path, byte[]> snapshot = snapshotOutsideSrcGen(bundle);
    Set<Path> directoriesBefore = directories(bundle);
    Path srcGen = bundle.resolve(SRC_GEN);
    deleteRecursively(srcGen);
    Files.createDirectories(srcGen);

    Diagnostic result;
    try {
      Generator generator = new Generator();
      generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
          GenModelGeneratorAdapterFactory.DESCRIPTOR);
      generator.setInput(genModel);
      result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
    } finally {
      restoreOutsideSrcGen(bundle, snapshot, directoriesBefore);
    }
    if (result.getSeverity() >= Diagnostic.ERROR) {
      printDiagnostic(result, "");
      System.err.println("error: code generation failed");
      return 1;
    }
    if (result.getSeverity() != Diagnostic.OK) {
      printDiagnostic(result, "");
    }
    long count;
    try (Stream<Path> files = Files.walk(srcGen)) {
      count = files.filter(Files::isRegularFile).count();
    }
    System.out.println("Generated " + count + " files into " + srcGen);
    return 0;
  }

  static void setUpStandaloneEmf(Path bundle) {
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
    EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    URI bundleUri = URI.createFileURI(bundle.toString() + "/");
    EcorePlugin.getPlatformResourceMap().put(PROJECT, bundleUri);
    URIConverter.URI_MAP.put(URI.createPlatformResourceURI(PROJECT + "/", false), bundleUri);
  }

  /** Rebuilds the GenModel structure from the Ecore packages, keeping all settings, and saves it. */
  static GenModel reload(GenModel oldGenModel, Resource genModelResource) throws IOException {
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : oldGenModel.getGenPackages()) {
      ePackages.add(genPackage.getEcorePackage());
    }
    GenModel newGenModel = GenModelFactory.eINSTANCE.createGenModel();
    newGenModel.initialize(ePackages);
    genModelResource.getContents().add(newGenModel);
    newGenModel.reconcile(oldGenModel);
    newGenModel.setImporterID(oldGenModel.getImporterID());
    newGenModel.getForeignModel().clear();
    newGenModel.getForeignModel().addAll(oldGenModel.getForeignModel());
    genModelResource.getContents().remove(oldGenModel);
    Map<Object, Object> options = new LinkedHashMap<>();
    options.put(XMLResource.OPTION_ENCODING, "UTF-8");
    options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
    genModelResource.save(options);
    EcoreUtil.resolveAll(newGenModel);
    System.out.println("Reloaded " + genModelResource.getURI());
    return newGenModel;
  }

  static Map<Path, byte[]> snapshotOutsideSrcGen(Path bundle) throws IOException {
    Map<Path, byte[]> snapshot = new LinkedHashMap<>();
    for (Path file : filesOutsideSrcGen(bundle)) {
      snapshot.put(file, Files.readAllBytes(file));
    }
    return snapshot;
  }

  static void restoreOutsideSrcGen(Path bundle, Map<Path, byte[]> snapshot, Set<Path> directoriesBefore)
      throws IOException {
    for (Path file : filesOutsideSrcGen(bundle)) {
      byte[] before = snapshot.get(file);
      if (before == null) {
        System.out.println("Removing generator output outside " + SRC_GEN + ": " + bundle.relativize(file));
        Files.delete(file);
      } else if (!java.util.Arrays.equals(before, Files.readAllBytes(file))) {
        System.out.println("Restoring hand-maintained " + bundle.relativize(file));
        Files.write(file, before);
      }
    }
    for (Map.Entry<Path, byte[]> entry : snapshot.entrySet()) {
      if (!Files.exists(entry.getKey())) {
        Files.createDirectories(entry.getKey().getParent());
        Files.write(entry.getKey(), entry.getValue());
      }
    }
    // Remove directories the generator created (outside src-gen) and left empty.
    List<Path> dirs = new ArrayList<>(directories(bundle));
    dirs.removeAll(directoriesBefore);
    dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
    for (Path dir : dirs) {
      if (isEmptyDir(dir)) {
        Files.delete(dir);
      }
    }
  }

  /** Directories of the bundle outside src-gen and the build output folders. */
  static Set<Path> directories(Path bundle) throws IOException {
    try (Stream<Path> walk = Files.walk(bundle)) {
      return walk.filter(Files::isDirectory).filter(p -> !p.equals(bundle)).filter(p -> !excluded(bundle, p))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** src-gen (regenerated) and build output folders (written by concurrent builds) are never touched. */
  static boolean excluded(Path bundle, Path path) {
    Path relative = bundle.relativize(path);
    if (relative.getNameCount() == 0) {
      return false;
    }
    String first = relative.getName(0).toString();
    return first.equals(SRC_GEN) || first.equals("target") || first.equals("bin") || first.equals(".git");
  }

  private static boolean isEmptyDir(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  static List<Path> filesOutsideSrcGen(Path bundle) throws IOException {
    try (Stream<Path> walk = Files.walk(bundle)) {
      return walk.filter(Files::isRegularFile).filter(p -> !excluded(bundle, p)).sorted().toList();
    }
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static void printStatus(IStatus status, String indent) {
    System.err.println(indent + severity(status.getSeverity()) + ": " + status.getMessage());
    for (IStatus child : status.getChildren()) {
      printStatus(child, indent + "  ");
    }
  }

  private static String severity(int s) {
    return switch (s) {
      case IStatus.ERROR -> "ERROR";
      case IStatus.WARNING -> "WARNING";
      case IStatus.INFO -> "INFO";
      default -> "OK";
    };
  }

  private static void printDiagnostic(Diagnostic diagnostic, String indent) {
    System.err.println(indent + diagnostic.getSeverity() + " " + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren()) {
      printDiagnostic(child, indent + "  ");
    }
  }
}
