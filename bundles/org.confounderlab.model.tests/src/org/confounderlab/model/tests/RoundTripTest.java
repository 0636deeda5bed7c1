package org.confounderlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.resource.ConfounderLabResources;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  @TempDir
  Path dir;

  @Test
  void experimentRoundTripsThroughXmiFile() throws Exception {
    Experiment original = TestModels.fullExperiment();
    assertEveryAttributeSet(original, TestModels.fineTunedExperiment(), TestModels.onnxExperiment());
    Diagnostic diagnostic = ExperimentValidation.validate(original);
    assertTrue(ExperimentValidation.isValid(diagnostic), ExperimentValidation.format(diagnostic));

    Path file = dir.resolve("x.experiment");
    ModelFiles.save(original, file);

    String xml = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    assertTrue(xml.contains("xmlns:xmi=\"http://www.omg.org/XMI\""), xml);
    assertTrue(xml.contains("xmi:version=\"2.0\""), xml);
    assertTrue(xml.contains("\"" + ExperimentPackage.eNS_URI + "\""), xml);
    assertTrue(xml.contains("<experiment:Experiment"), xml);
    assertTrue(xml.contains("äöü ✓"), "UTF-8 text is kept as is");

    Experiment loaded = ModelFiles.loadExperiment(file);
    assertNotSame(original, loaded);
    assertTrue(EcoreUtil.equals(original, loaded), "loaded experiment differs from the saved one");
    // Cross references point into the loaded experiment itself.
    assertSame(loaded.getRegions().get(0), loaded.getInterventions().get(1).getRegions().get(0));
    assertSame(loaded.getAttributes().get(2), loaded.getTraining().getRebalanceAttribute());
    assertSame(loaded.getRegions().get(0), loaded.getTraining().getTrainTimeMasking().get(0));
    assertEquals(1234567890123L, loaded.getSplit().getSeed());
  }

  @Test
  void experimentLoadsWithPlainResourceSetAfterRegister() throws Exception {
    Path file = dir.resolve("plain.experiment");
    ModelFiles.save(TestModels.fullExperiment(), file);
    ResourceSet set = ConfounderLabResources.register(new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl());
    Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
    assertTrue(resource.getErrors().isEmpty());
    assertTrue(EcoreUtil.equals(TestModels.fullExperiment(), resource.getContents().get(0)));
  }

  @Test
  void runRoundTripsThroughXmiFile() throws Exception {
    Run original = TestModels.fullRun();
    // The run package's classes are spread over the run and the study (a root of its own).
    assertEveryAttributeSet(original, TestModels.fullStudy());
    Path file = dir.resolve("x.run");
    ModelFiles.save(original, file);

    String xml = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(xml.contains("xmlns:xmi=\"http://www.omg.org/XMI\""), xml);
    assertTrue(xml.contains("\"" + RunPackage.eNS_URI + "\""), xml);
    assertTrue(xml.contains("<run:Run"), xml);

    Run loaded = ModelFiles.loadRun(file);
    assertTrue(EcoreUtil.equals(original, loaded), "loaded run differs from the saved one");
    assertSame(loaded.getEvaluations().get(0), loaded.getComparisons().get(0).getBaseline());
    assertSame(loaded.getEvaluations().get(1), loaded.getComparisons().get(0).getVariant());
    assertEquals(5, loaded.getEvaluations().get(0).getLabels().get(0).getRocPoints().size());
    assertEquals(original.getStartTime(), loaded.getStartTime());
    assertEquals(3, loaded.getFindings().get(0).getEvidence().size(), "evidence keeps duplicates and order");
    // The experiment snapshot's own cross references survive inside the run file.
    Experiment snapshot = loaded.getExperiment();
    assertSame(snapshot.getRegions().get(0), snapshot.getInterventions().get(1).getRegions().get(0));
    assertTrue(ExperimentValidation.isValid(ExperimentValidation.validate(loaded)));
  }

  @Test
  void fineTuningSettingsRoundTrip() throws Exception {
    Experiment original = TestModels.fineTunedExperiment();
    assertTrue(ExperimentValidation.isValid(ExperimentValidation.validate(original)));
    Path file = dir.resolve("finetune.experiment");
    ModelFiles.save(original, file);
    Experiment loaded = ModelFiles.loadExperiment(file);
    assertTrue(EcoreUtil.equals(original, loaded), "loaded experiment differs from the saved one");
    assertEquals(2, loaded.getTraining().getFreezeEpochs());
    assertEquals(java.util.List.of(0.5, 0.25, 0.75), loaded.getModel().getNormalisationMean());
  }

  @Test
  void auditRoundTripsThroughItsOwnFile() throws Exception {
    DatasetAudit original = TestModels.fullAudit();
    Path file = dir.resolve("data.audit");
    ModelFiles.save(original, file);

    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("<run:DatasetAudit"));
    DatasetAudit loaded = ModelFiles.loadAudit(file);
    assertTrue(EcoreUtil.equals(original, loaded), "loaded audit differs from the saved one");
    assertEquals(0.25, loaded.getPrevalences().get(0).getPrevalence());
  }

  @Test
  void studyRoundTripsThroughItsOwnFile() throws Exception {
    org.confounderlab.model.run.Study original = TestModels.fullStudy();
    Path file = dir.resolve("a.study");
    ModelFiles.save(original, file);
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("<run:Study"));
    org.confounderlab.model.run.Study loaded = ModelFiles.loadStudy(file);
    assertTrue(EcoreUtil.equals(original, loaded), "loaded study differs from the saved one");
  }

  @Test
  void savingTwiceGivesIdenticalBytes() throws Exception {
    Path a = dir.resolve("a.run");
    Path b = dir.resolve("b.run");
    ModelFiles.save(TestModels.fullRun(), a);
    ModelFiles.save(ModelFiles.loadRun(a), b);
    assertEquals(Files.readString(a), Files.readString(b));
  }

  @Test
  void defaultsAreWhatAUserExpects() {
    var f = org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE;
    var t = f.createTrainingSpec();
    assertEquals(32, t.getBatchSize());
    assertEquals(20, t.getEpochs());
    assertEquals(1e-3, t.getLearningRate());
    assertEquals(42, t.getSeed());
    var s = f.createSplitSpec();
    assertEquals(0.7, s.getTrainFraction());
    assertEquals(0.15, s.getValidationFraction());
    assertEquals(0.15, s.getTestFraction());
    assertEquals(42, s.getSeed());
    assertTrue(s.isGroupByPatient());
    var d = f.createDiagnosticsSpec();
    assertEquals(2000, d.getBootstrapResamples());
    assertEquals(0.05, d.getAlpha());
    var m = f.createModelSpec();
    assertEquals(224, m.getInputSize());
    assertEquals(1, m.getChannels());
    var b = f.createBackendSpec();
    assertEquals(org.confounderlab.model.experiment.BackendKind.CPU, b.getKind());
    assertEquals(0, b.getDeviceIndex());
  }

  /**
   * Every feature of every class of the root's package is exercised: for each class some instance exists, and for
   * each of its features some instance has a non-default value (single-valued) or a non-empty list (many-valued).
   */
  private static void assertEveryAttributeSet(EObject root, EObject... others) {
    java.util.Set<EClass> seen = new java.util.HashSet<>();
    java.util.Set<String> exercised = new java.util.HashSet<>();
    java.util.List<EObject> roots = new java.util.ArrayList<>(java.util.List.of(others));
    roots.add(0, root);
    for (var it = EcoreUtil.<EObject>getAllContents(roots); it.hasNext();) {
      EObject o = it.next();
      seen.add(o.eClass());
      for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
        Object v = o.eGet(f);
        boolean set = f.isMany() ? !((java.util.List<?>) v).isEmpty() : v != null && !v.equals(f.getDefaultValue());
        if (set) {
          exercised.add(o.eClass().getName() + "." + f.getName());
        }
      }
    }
    for (EClassifier c : root.eClass().getEPackage().getEClassifiers()) {
      if (c instanceof EClass ec) {
        assertTrue(seen.contains(ec), "test model lacks an instance of " + ec.getName());
        for (EStructuralFeature f : ec.getEAllStructuralFeatures()) {
          assertTrue(exercised.contains(ec.getName() + "." + f.getName()),
              "no instance of " + ec.getName() + " sets " + f.getName() + " to a non-default value");
        }
      }
    }
  }
}
