package org.confounderlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.resource.ConfounderLabResources;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.resource.SecureXmlLoadOptions;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureLoadingTest {

  private static final String SECRET = "TOP-SECRET-9f3c1e";

  @TempDir
  Path dir;

  private Path externalEntityFile() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    Path file = dir.resolve("xxe.experiment");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<!DOCTYPE experiment:Experiment [\n"
        + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
        + "]>\n"
        + "<experiment:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
        + "    xmlns:experiment=\"" + ExperimentPackage.eNS_URI + "\" name=\"xxe\">\n"
        + "  <description>&secret;</description>\n"
        + "  <dataset location=\"data.csv\" labelNames=\"a\"/>\n"
        + "</experiment:Experiment>\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void externalEntityIsRefused() throws Exception {
    Path file = externalEntityFile();
    ModelLoadException ex = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(file));
    assertTrue(ex.getMessage().startsWith(file.toString() + ":2:"), ex.getMessage());
    assertTrue(ex.getMessage().contains("DOCTYPE is disallowed"), ex.getMessage());
    assertFalse(ex.getMessage().contains(SECRET));
    assertEquals(2, ex.getLine());
    assertEquals(file, ex.getFile());
  }

  @Test
  void externalEntityIsRefusedEvenWhenCallerTriesToAllowDoctype() throws Exception {
    Path file = externalEntityFile();
    ResourceSet set = ConfounderLabResources.newResourceSet();
    Resource resource = set.createResource(URI.createFileURI(file.toString()));
    Map<String, Boolean> unsafe = new HashMap<>();
    unsafe.put(SecureXmlLoadOptions.DISALLOW_DOCTYPE_DECL, Boolean.FALSE);
    unsafe.put(SecureXmlLoadOptions.EXTERNAL_GENERAL_ENTITIES, Boolean.TRUE);
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_PARSER_FEATURES, unsafe);
    try {
      resource.load(options);
    } catch (java.io.IOException expected) {
      // refused
    }
    assertFalse(resource.getErrors().isEmpty(), "the DOCTYPE must be reported as an error");
    for (EObject o : (Iterable<EObject>) () -> EcoreUtil.getAllContents(resource, false)) {
      assertFalse(String.valueOf(o).contains(SECRET), "secret leaked into " + o);
    }
  }

  @Test
  void billionLaughsIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n");
    dtd.append("  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for (int i = 2; i <= 9; i++) {
      dtd.append("  <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n");
    Path file = dir.resolve("lolz.experiment");
    Files.writeString(file, "<?xml version=\"1.0\"?>\n" + dtd
        + "<experiment:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:experiment=\""
        + ExperimentPackage.eNS_URI + "\" name=\"&lol9;\"/>\n");
    long start = System.nanoTime();
    ModelLoadException ex = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(file));
    assertTrue(ex.getMessage().contains("DOCTYPE"), ex.getMessage());
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused quickly");
  }

  @Test
  void malformedFileReportsFileAndLine() throws Exception {
    Path file = dir.resolve("broken.experiment");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<experiment:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
        + "    xmlns:experiment=\"" + ExperimentPackage.eNS_URI + "\" name=\"x\">\n"
        + "  <dataset location=\"data.csv\">\n"
        + "</experiment:Experiment>\n");
    ModelLoadException ex = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(file));
    assertEquals(file, ex.getFile());
    assertEquals(5, ex.getLine(), ex.getMessage());
    assertTrue(ex.getMessage().startsWith(file + ":5:"), ex.getMessage());
  }

  @Test
  void unknownFeatureReportsFileAndLine() throws Exception {
    Path file = dir.resolve("unknown.experiment");
    Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<experiment:Experiment xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"\n"
        + "    xmlns:experiment=\"" + ExperimentPackage.eNS_URI + "\" name=\"x\">\n"
        + "  <dataset location=\"data.csv\" colour=\"blue\"/>\n"
        + "</experiment:Experiment>\n");
    ModelLoadException ex = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(file));
    assertEquals(4, ex.getLine(), ex.getMessage());
    assertTrue(ex.getMessage().contains("colour"), ex.getMessage());
  }

  @Test
  void wrongRootTypeAndMissingFileAreClearErrors() throws Exception {
    Path runFile = dir.resolve("r.run");
    ModelFiles.save(TestModels.fullRun(), runFile);
    Path asExperiment = dir.resolve("r.experiment");
    Files.copy(runFile, asExperiment);
    ModelLoadException wrong = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(asExperiment));
    assertTrue(wrong.getMessage().contains("Run") && wrong.getMessage().contains("Experiment"), wrong.getMessage());

    Path missing = dir.resolve("nope.experiment");
    ModelLoadException none = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(missing));
    assertEquals(missing + ": file not found", none.getMessage());

    Path empty = dir.resolve("empty.experiment");
    Files.writeString(empty, "");
    ModelLoadException emptyEx = assertThrows(ModelLoadException.class, () -> ModelFiles.loadExperiment(empty));
    assertTrue(emptyEx.getMessage().startsWith(empty.toString()), emptyEx.getMessage());
  }
}
