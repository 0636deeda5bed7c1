package org.confounderlab.model.tests;

import java.util.Date;
import java.util.List;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.Augmentation;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.FillMode;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Optimizer;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;
import org.confounderlab.model.experiment.UncertainLabelPolicy;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.CiMethod;
import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.SubgroupPrevalence;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;

/** Builds fully populated models with every feature set to a non-default value. */
final class TestModels {

  static final ExperimentFactory EF = ExperimentFactory.eINSTANCE;
  static final RunFactory RF = RunFactory.eINSTANCE;

  private TestModels() {
  }

  /**
   * The full experiment fine-tuned instead of distilled (the two do not go together): the first 2 epochs frozen; and
   * trained twice (JTT) instead of re-balanced.
   */
  static Experiment fineTunedExperiment() {
    Experiment e = fullExperiment();
    e.getTraining().setDistillation(null);
    e.getTraining().setFreezeEpochs(2);
    // and trained twice (which leaves the sampling weights to its error set, not to re-balancing)
    e.getTraining().setRebalancing(org.confounderlab.model.experiment.Rebalancing.NONE);
    org.confounderlab.model.experiment.JustTrainTwiceSpec jtt = EF.createJustTrainTwiceSpec();
    jtt.setIdentificationEpochs(2);
    jtt.setUpweight(6);
    e.getTraining().setJustTrainTwice(jtt);
    org.confounderlab.model.experiment.GroupDroSpec dro = EF.createGroupDroSpec();
    dro.setGroups("site");
    dro.setStepSize(0.05);
    e.getTraining().setGroupDro(dro);
    e.getModel().getNormalisationMean().add(0.25);
    e.getModel().getNormalisationMean().add(0.75);
    e.getModel().getNormalisationStd().add(0.5);
    e.getModel().getNormalisationStd().add(0.5);
    return e;
  }

  /**
   * An ONNX model audited without training: a PyTorch export whose two output columns are Edema then Pneumonia and
   * Cardiomegaly, read from its NHWC input "pixels" with the features at "pooled".
   */
  static Experiment onnxExperiment() {
    Experiment e = fullExperiment();
    e.getTraining().setDistillation(null);
    e.getTraining().setLastLayerRetraining(null);
    e.getTraining().setJustTrainTwice(null);
    e.getTraining().setGroupDro(null);
    e.getTraining().getTrainTimeMasking().clear();
    e.getTraining().setRebalancing(org.confounderlab.model.experiment.Rebalancing.NONE);
    e.getTraining().setRebalanceAttribute(null);
    e.getDiagnostics().setMaskedRetrain(false);
    e.getDiagnostics().setAttributeImageModels(false);
    ModelSpec m = e.getModel();
    m.setArchitecture(Architecture.ONNX);
    m.setWeightsFile(null);
    m.setOnnxFile("models/densenet121.onnx");
    m.setOnnxInput("pixels");
    m.setOnnxLayout(org.confounderlab.model.experiment.TensorLayout.NHWC);
    m.setOnnxOutput("logits");
    m.setOnnxFeatures("pooled");
    m.getOutputLabels().add("Edema");
    m.getOutputLabels().add("Pneumonia");
    m.getOutputLabels().add("Cardiomegaly");
    return e;
  }

  static Experiment fullExperiment() {
    Experiment e = EF.createExperiment();
    e.setName("pneumonia-vs-hospital");
    e.setDescription("Does the model read the hospital token instead of the lungs? äöü ✓ <&>");

    DatasetReference d = EF.createDatasetReference();
    d.setFormat(DatasetFormat.CHEXPERT);
    d.setLocation("../data/CheXpert-v1.0-small/train.csv");
    d.getLabelNames().add("Pneumonia");
    d.getLabelNames().add("Cardiomegaly");
    d.getLabelNames().add("Edema");
    d.setUncertainLabelPolicy(UncertainLabelPolicy.ONES);
    d.setBadImagePolicy(org.confounderlab.model.experiment.BadImagePolicy.STOP);
    d.setDicomIntensity(org.confounderlab.model.experiment.DicomIntensity.FIRST_VOI_WINDOW);
    e.setDataset(d);

    ConfounderAttribute sex = EF.createConfounderAttribute();
    sex.setName("sex");
    sex.setColumn("Sex");
    sex.setKind(AttributeKind.CATEGORICAL);
    sex.setProtected(true);
    ConfounderAttribute age = EF.createConfounderAttribute();
    age.setName("age");
    age.setColumn("Age");
    age.setKind(AttributeKind.NUMERIC);
    ConfounderAttribute site = EF.createConfounderAttribute();
    site.setName("site");
    site.setColumn("hospital");
    e.getAttributes().add(sex);
    e.getAttributes().add(age);
    e.getAttributes().add(site);

    Region marker = EF.createRegion();
    marker.setName("laterality-marker");
    marker.setDescription("L/R token, top left");
    marker.setX(4.5);
    marker.setY(8.25);
    marker.setWidth(60);
    marker.setHeight(40.5);
    Region lungs = EF.createRegion();
    lungs.setName("lungs");
    lungs.setDescription("both lungs, per image");
    lungs.setColumn("region:lungs");
    lungs.setX(30);
    lungs.setY(50);
    lungs.setWidth(200);
    lungs.setHeight(180);
    e.getRegions().add(marker);
    e.getRegions().add(lungs);

    SplitSpec s = EF.createSplitSpec();
    s.setTrainFraction(0.6);
    s.setValidationFraction(0.2);
    s.setTestFraction(0.2);
    s.setSeed(1234567890123L);
    s.setGroupByPatient(false);
    s.setStratifyByLabel(false);
    s.setUseOfficialSplit(true);
    s.setNearDuplicateDistance(6);
    s.setNearDuplicateCosine(0.95);
    e.setSplit(s);

    ModelSpec m = EF.createModelSpec();
    m.setArchitecture(Architecture.DENSENET121);
    m.setInputSize(320);
    m.setChannels(3);
    m.setWeightsFile("weights/densenet121.zip");
    m.setOutputActivation(OutputActivation.SOFTMAX);
    m.setNormalisation(org.confounderlab.model.experiment.InputNormalisation.CUSTOM);
    m.getNormalisationMean().add(0.5);
    m.getNormalisationStd().add(0.25);
    e.setModel(m);

    TrainingSpec t = EF.createTrainingSpec();
    t.setEpochs(7);
    t.setBatchSize(16);
    t.setOptimizer(Optimizer.ADAMW);
    t.setLearningRate(3.5e-4);
    t.setWeightDecay(1e-5);
    t.setSeed(7);
    t.setEarlyStoppingPatience(3);
    Augmentation a = EF.createAugmentation();
    a.setHorizontalFlip(true);
    a.setRotationDegrees(10);
    a.setTranslationFraction(0.05);
    a.setIntensityJitter(0.1);
    t.setAugmentation(a);
    t.getTrainTimeMasking().add(marker);
    t.setRebalancing(Rebalancing.GROUP_BALANCED);
    t.setTrainTimeMaskPlacement(org.confounderlab.model.experiment.MaskPlacement.RANDOM_LOCATION);
    t.setRebalanceAttribute(site);
    org.confounderlab.model.experiment.DistillationSpec ds = EF.createDistillationSpec();
    ds.setTeacherData(org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET);
    ds.setTeacherFraction(0.3);
    ds.setTeacherEpochs(12);
    ds.setAttribute(site);
    ds.setCleanValue("hospital-C");
    ds.setLayerWeight(2.5);
    ds.setFinalLayerWeight(3.0);
    org.confounderlab.model.experiment.DistilledLayer dl = EF.createDistilledLayer();
    dl.setLayer("denseblock3");
    dl.setWeight(0.5);
    ds.getLayers().add(dl);
    t.setDistillation(ds);
    org.confounderlab.model.experiment.LastLayerRetrainingSpec dfr = EF.createLastLayerRetrainingSpec();
    dfr.setGroups("region laterality");
    dfr.setSubsets(5);
    dfr.setRegularisation(0.5); // the default, 0, chooses it
    t.setLastLayerRetraining(dfr);
    e.setTraining(t);

    Intervention original = EF.createIntervention();
    original.setName("original");
    original.setKind(InterventionKind.ORIGINAL);
    Intervention mask = EF.createIntervention();
    mask.setName("mask-marker");
    mask.setKind(InterventionKind.MASK_REGIONS);
    mask.getRegions().add(marker);
    mask.setFill(FillMode.NOISE);
    mask.getLabels().add("Pneumonia");
    Intervention only = EF.createIntervention();
    only.setName("lungs-only");
    only.setKind(InterventionKind.REGION_ONLY);
    only.getRegions().add(lungs);
    only.setFill(FillMode.MEAN);
    Intervention random = EF.createIntervention();
    random.setName("random-box");
    random.setKind(InterventionKind.RANDOM_BOX);
    random.getRegions().add(marker);
    random.getRegions().add(lungs);
    e.getInterventions().add(original);
    e.getInterventions().add(mask);
    e.getInterventions().add(only);
    e.getInterventions().add(random);

    DiagnosticsSpec g = EF.createDiagnosticsSpec();
    g.setGradCam(false);
    g.setGradCamLayer("features.denseblock4");
    g.setOcclusion(true);
    g.setAttributeProbes(false);
    g.getSubgroupAttributes().add(sex);
    g.getSubgroupAttributes().add(site);
    g.setBootstrapResamples(500);
    g.setAlpha(0.01);
    g.setWorstCases(25);
    g.setRelianceDeltaAuc(0.1);
    g.setAttentionRatio(3.0);
    g.setProbeAuc(0.9);
    g.setStudyConfounder("scanner");
    g.setStudySeeds(3);
    g.setSubgroupAucGap(0.05);
    g.setOcclusionImages(12);
    g.setAttributeImageModels(true);
    g.setMaskedRetrain(true);
    g.getLabels().add("Edema");
    e.setDiagnostics(g);

    BackendSpec b = EF.createBackendSpec();
    b.setKind(BackendKind.CUDA);
    b.setDeviceIndex(1);
    e.setBackend(b);

    org.confounderlab.model.experiment.SlurmSpec slurm = EF.createSlurmSpec();
    slurm.setPartition("gpu");
    slurm.setGpusPerJob(1);
    slurm.setCpusPerJob(8);
    slurm.setMemory("48G");
    slurm.setTimeLimit("12:00:00");
    slurm.setAccount("radiology-ai");
    slurm.setQos("normal");
    slurm.getExtraArguments().add("--constraint=a100");
    e.setSlurm(slurm);
    return e;
  }

  static Run fullRun() {
    Run r = RF.createRun();
    r.setConstantValidationLoss(0.6931);
    org.confounderlab.model.run.DeletionTest dt = RF.createDeletionTest();
    dt.setMethod(org.confounderlab.model.run.SaliencyMethod.OCCLUSION);
    dt.setLayer("layer4");
    dt.setLabel("Pneumonia");
    dt.setImages(32);
    dt.setSteps(10);
    dt.setMapArea(0.41);
    dt.setRandomArea(0.62);
    dt.setDifference(0.21);
    dt.setCiLower(0.15);
    dt.setCiUpper(0.27);
    dt.getMapCurve().addAll(List.of(1.0, 0.5, 0.3));
    dt.getRandomCurve().addAll(List.of(1.0, 0.8, 0.6));
    r.getDeletionTests().add(dt);
    r.setId("2025-11-23T18-30-00-pneumonia");
    r.setStatus(RunStatus.COMPLETED);
    r.setStartTime(new Date(1763922600123L));
    r.setEndTime(new Date(1763926200456L));
    r.setErrorMessage("none, but not empty");
    r.setClusterJob("1234_5");
    r.setBaselineRun("20261201-101500");
    r.setExperiment(fullExperiment());
    r.setExperimentPath("/workspace/study/pneumonia.experiment");

    BackendInfo bi = RF.createBackendInfo();
    bi.setKind(BackendKind.CUDA);
    bi.setDeviceName("NVIDIA H100");
    bi.setDriverVersion("550.54");
    bi.setMemoryBytes(85_899_345_920L);
    bi.setCpuThreads(16);
    bi.setJavaVersion("21.0.5");
    bi.setNd4jBackend("nd4j-cuda-12.3");
    bi.setCpuModel("Intel(R) Xeon(R) Processor");
    bi.setCpuIsa("AVX-512 (avx512f, avx512bw)");
    r.setBackend(bi);

    org.confounderlab.model.run.InputRecord inputs = RF.createInputRecord();
    inputs.setImages(112_120);
    inputs.setSkippedRows(3);
    inputs.setBadImages(2);
    inputs.setCacheFile("/workspace/study/runs/.cache/0a1b2c3d4e5f-00112233445566778899aabb.cache");
    inputs.setCacheBuilt(true);
    inputs.setCacheMillis(41_250);
    inputs.setCacheBytes(5_020_800_000L);
    inputs.setCacheBits(16);
    r.setInputs(inputs);
    org.confounderlab.model.run.LeakCheck leaks = RF.createLeakCheck();
    leaks.setMaxDistance(4);
    leaks.setTrainTestPairs(3);
    leaks.setValidationTestPairs(1);
    leaks.setTrainValidationPairs(2);
    leaks.setSharedPatients(1);
    leaks.setLeakingTestImages(4);
    leaks.setTestImages(60);
    leaks.setMinCosine(0.97);
    leaks.setFeatureTrainTestPairs(3);
    leaks.setFeatureValidationTestPairs(1);
    leaks.setFeatureTrainValidationPairs(2);
    leaks.setFeatureOnlyPairs(2);
    leaks.setFeatureCheckNote("left out: 12% of random pairs pass");
    Evaluation leakFree = RF.createEvaluation();
    leakFree.setInterventionName("original, leak-free (56 of 60 test images)");
    leakFree.setInterventionKind(InterventionKind.ORIGINAL);
    leakFree.setN(56);
    leakFree.setPositives(20);
    leaks.setLeakFree(leakFree);
    r.setLeaks(leaks);
    org.confounderlab.model.run.FeatureSlice slice = RF.createFeatureSlice();
    slice.setIndex(1);
    slice.setLabel("Pneumonia");
    slice.setSize(120);
    slice.setPrevalence(0.8);
    slice.setRestPrevalence(0.45);
    slice.setLossRatio(3.2);
    slice.setErrorRate(0.5);
    slice.setRestErrorRate(0.07);
    slice.setErrorP(1e-12);
    slice.setLabelAuc(0.66);
    slice.setAttribute("site");
    slice.setAttributeV(0.52);
    slice.setAttributeValue("X");
    slice.setValueShare(0.85);
    slice.setDescription("slice 1: 120 of 600 test images");
    r.getSlices().add(slice);

    for (int i = 0; i < 2; i++) {
      EpochRecord ep = RF.createEpochRecord();
      ep.setIndex(i + 1);
      ep.setTrainLoss(0.7 - i * 0.1);
      ep.setValidationLoss(0.75 - i * 0.05);
      ep.setDurationMillis(60_000L + i);
      ep.setLearningRate(1e-3 / (i + 1));
      ep.setBackboneFrozen(i == 0);
      LabelValue lv = RF.createLabelValue();
      lv.setLabel("Pneumonia");
      lv.setValue(0.61 + i * 0.05);
      ep.getLabelAucs().add(lv);
      ep.getLossTerms().add(lossTerm("layer denseblock3", 0.5, 12.5, 0.04 - i * 0.01));
      r.getEpochs().add(ep);
    }
    org.confounderlab.model.run.DistillationRecord dr = RF.createDistillationRecord();
    dr.setTeacherData("the 240 of 1000 training images with site = hospital-C");
    dr.setTeacherImages(240);
    dr.setTeacherModel("teacher.zip");
    dr.setKeptEpoch(1);
    EpochRecord te = RF.createEpochRecord();
    te.setIndex(1);
    te.setTrainLoss(0.6);
    dr.getTeacherEpochs().add(te);
    dr.getTerms().add(lossTerm("final layer", 3.0, 1.0, 0.7));
    r.setDistillation(dr);
    org.confounderlab.model.run.LastLayerRetrainingRecord lr = RF.createLastLayerRetrainingRecord();
    lr.setGroups("site");
    lr.setHeldOutImages(240);
    lr.setCells("A/positive 90, A/negative 12, C/positive 10, C/negative 128");
    lr.setSubsetSize(10);
    lr.setSubsets(5);
    lr.setRegularisation(0.5);
    lr.setValidationAucBefore(0.88);
    lr.setValidationAucAfter(0.79);
    lr.setWorstGroupAucBefore(0.55);
    lr.setWorstGroupAucAfter(0.71);
    r.setLastLayerRetraining(lr);
    org.confounderlab.model.run.JustTrainTwiceRecord jr = RF.createJustTrainTwiceRecord();
    jr.setIdentificationEpochs(2);
    jr.setUpweight(6);
    jr.setTrainImages(720);
    jr.setErrors(64);
    jr.setErrorsByGroup("site A 4 % (12 of 300), C 13 % (52 of 420)");
    jr.setIdentificationValidationAuc(0.81);
    r.setJustTrainTwice(jr);
    org.confounderlab.model.run.GroupDroRecord gr = RF.createGroupDroRecord();
    gr.setGroups("site");
    gr.setStepSize(0.05);
    gr.setCells("A/positive 300, A/negative 40, C/positive 30, C/negative 350");
    gr.getEpochWeights().add("epoch 1: A/positive 0.20, A/negative 0.31, C/positive 0.29, C/negative 0.20");
    r.setGroupDro(gr);
    org.confounderlab.model.run.InitialWeightsRecord iw = RF.createInitialWeightsRecord();
    iw.setFile("/data/weights/densenet121.safetensors");
    iw.setFormat("safetensors");
    iw.setSha256("ab12");
    iw.getLoaded().add("features.conv0.weight");
    iw.getLoaded().add("features.norm0.weight");
    iw.getInitialised().add("classifier.weight: 1000 outputs in the file, 2 labels");
    iw.getIgnored().add("features.norm0.num_batches_tracked");
    iw.getAdaptations().add("features.conv0.weight summed over its 3 input channels");
    r.setInitialWeights(iw);
    org.confounderlab.model.run.ImportedModelRecord im = RF.createImportedModelRecord();
    im.setFile("/data/models/densenet121.onnx");
    im.setSha256("cd34");
    im.setProducer("pytorch 1.13.1, opset 13");
    im.setInput("image float [batch, 3, 224, 224]");
    im.setOutput("logits float [batch, 3]: logits, through the experiment's sigmoid");
    im.setFeatures("/Flatten_output_0 (the input of the final Gemm, after global average pooling)");
    im.setSaliency("Grad-CAM at /features/Relu_output_0: exact for global average pooling and a linear layer");
    im.getCamLayers().add("/features/Relu_output_0");
    r.setImportedModel(im);

    Evaluation base = evaluation("original", org.confounderlab.model.experiment.InterventionKind.ORIGINAL, 0.83);
    Evaluation masked = evaluation("mask-marker", org.confounderlab.model.experiment.InterventionKind.MASK_REGIONS, 0.71);
    r.getEvaluations().add(base);
    r.getEvaluations().add(masked);

    AucComparison c = RF.createAucComparison();
    c.setLabel("Pneumonia");
    c.setBaseline(base);
    c.setVariant(masked);
    c.setDeltaAuc(-0.12);
    c.setZ(-3.4);
    c.setPValue(6.7e-4);
    c.setCiLower(-0.18);
    c.setCiUpper(-0.06);
    c.setMethod("DeLong paired");
    r.getComparisons().add(c);

    SaliencySummary ss = RF.createSaliencySummary();
    ss.setMethod(SaliencyMethod.OCCLUSION);
    ss.setLayer("features.denseblock4");
    ss.setRegionName("laterality-marker");
    ss.setLabel("Pneumonia");
    ss.setMeanShare(0.31);
    ss.setAreaShare(0.02);
    ss.setCiLower(0.27);
    ss.setCiUpper(0.35);
    ss.setN(812);
    ss.setRandomisationRankCorrelation(0.12);
    ss.setSubset("present, positive");
    ss.setPointingHitRate(0.75);
    r.getSaliency().add(ss);

    SaliencyCase sc = RF.createSaliencyCase();
    sc.setRank(2);
    sc.setImage("patient00011_study1_positive/image1.png");
    sc.setLabel("abnormal");
    sc.setPositive(true);
    sc.setScore(0.91);
    sc.setMethod(SaliencyMethod.OCCLUSION);
    sc.setLayer("features.denseblock4");
    sc.setRegion("laterality-marker");
    sc.setInput("heatmaps/abnormal-02-image1-input.png");
    sc.setHeatMap("heatmaps/abnormal-02-image1-heat.png");
    sc.setOverlay("heatmaps/abnormal-02-image1.png");
    RegionAttention ra = RF.createRegionAttention();
    ra.setName("laterality-marker");
    ra.setX(10.5);
    ra.setY(12.25);
    ra.setWidth(40);
    ra.setHeight(30);
    ra.setShare(0.42);
    ra.setAreaShare(0.03);
    sc.getRegions().add(ra);
    r.getSaliencyCases().add(sc);

    SubgroupMetric sg = RF.createSubgroupMetric();
    sg.setAttribute("site");
    sg.setValue("hospital-B");
    sg.setLabel("Pneumonia");
    sg.setN(402);
    sg.setPrevalence(0.4);
    sg.setAuc(0.66);
    sg.setCiLower(0.6);
    sg.setCiUpper(0.72);
    sg.setSensitivity(0.7);
    sg.setSpecificity(0.55);
    sg.setThreshold(0.43);
    r.getSubgroups().add(sg);

    GroupWeight gw = RF.createGroupWeight();
    gw.setAttribute("marker");
    gw.setGroup("L");
    gw.setLabel("Pneumonia");
    gw.setPositives(80);
    gw.setNegatives(20);
    gw.setPositiveWeight(0.75);
    gw.setNegativeWeight(2.0);
    r.getGroupWeights().add(gw);

    ShiftTest st = RF.createShiftTest();
    st.setAttribute("region laterality");
    st.setLabel("Pneumonia");
    st.setCases(120);
    st.setPositives(50);
    st.setAuc(0.61);
    st.setCiLower(0.5);
    st.setCiUpper(0.71);
    st.setInDistributionAuc(0.84);
    st.setGroups("present 0.90 to 0.10 (n 60), absent 0.10 to 0.90 (n 60)");
    r.getShiftTests().add(st);

    AttributeProbe p = RF.createAttributeProbe();
    p.setAttribute("site");
    p.setAuc(0.97);
    p.setCiLower(0.95);
    p.setCiUpper(0.99);
    p.setFolds(10);
    p.setMethod("image model");
    r.getProbes().add(p);

    r.setAudit(fullAudit());

    Finding f = RF.createFinding();
    f.setSeverity(FindingSeverity.CRITICAL);
    f.setKind("shortcut.region");
    f.setMessage("Masking the laterality marker drops Pneumonia AUC by 0.12");
    f.getEvidence().add("//@comparisons.0");
    f.getEvidence().add("heatmaps/worst-01.png");
    f.getEvidence().add("heatmaps/worst-01.png");
    r.getFindings().add(f);

    Artifact art = RF.createArtifact();
    art.setKind(ArtifactKind.PREDICTIONS);
    art.setPath("predictions/original.csv");
    art.setDescription("per-image scores under ORIGINAL");
    r.getArtifacts().add(art);
    Artifact heat = RF.createArtifact();
    heat.setKind(ArtifactKind.HEATMAP);
    heat.setPath("heatmaps/worst-01.png");
    r.getArtifacts().add(heat);
    return r;
  }

  static DatasetAudit fullAudit() {
    DatasetAudit audit = RF.createDatasetAudit();
    audit.setManifest("data/manifest.csv");
    audit.setCreatedAt(new Date(1_763_900_000_000L));
    audit.setImageCount(4321);
    DatasetAssociation da = RF.createDatasetAssociation();
    da.setAttribute("site");
    da.setLabel("Pneumonia");
    da.setCramersV(0.45);
    da.setChiSquare(123.4);
    da.setPValue(1e-12);
    da.setAttributeOnlyAuc(0.78);
    da.setDegreesOfFreedom(2);
    da.setMutualInformation(0.083);
    da.setN(4300);
    audit.getAssociations().add(da);
    org.confounderlab.model.run.ImagePropertyAudit property = RF.createImagePropertyAudit();
    property.setProperty("image:mean_intensity");
    property.setLabel("finding");
    property.setN(400);
    property.setAuc(0.87);
    property.setCiLower(0.83);
    property.setCiUpper(0.91);
    property.setHigherIsPositive(false);
    property.setDriftAuc(0.52);
    property.setDriftCiLower(0.45);
    property.setDriftCiUpper(0.59);
    property.setDriftP(0.61);
    property.setDriftNote("computed");
    audit.getImageProperties().add(property);
    SubgroupPrevalence prevalence = RF.createSubgroupPrevalence();
    prevalence.setAttribute("site");
    prevalence.setValue("hospital-B");
    prevalence.setLabel("Pneumonia");
    prevalence.setN(1200);
    prevalence.setPositives(300);
    prevalence.setPrevalence(0.25);
    audit.getPrevalences().add(prevalence);
    org.confounderlab.model.run.AuditWarning warning = RF.createAuditWarning();
    warning.setKind("AGE_OUT_OF_RANGE");
    warning.setAttribute("age");
    warning.setLabel("Pneumonia");
    warning.setCount(2);
    warning.setMessage("2 rows have an age outside 0–120 years in 'age'");
    warning.getExamples().add("411 (sample_labels.csv:4243)");
    audit.getWarnings().add(warning);
    return audit;
  }

  /** A study of two arms with every attribute set, linking runs by relative path. */
  static org.confounderlab.model.run.Study fullStudy() {
    org.confounderlab.model.run.Study s = RF.createStudy();
    s.setId("20261201-101500");
    s.setName("mura-laterality");
    s.setExperimentPath("/data/mura.experiment");
    s.setStartTime(new java.util.Date(1_700_000_000_000L));
    s.setEndTime(new java.util.Date(1_700_000_600_000L));
    s.setStatus(org.confounderlab.model.run.RunStatus.COMPLETED);
    s.setErrorMessage("none ✓");
    s.setLabel("abnormal");
    s.setShiftGrouping("region laterality");
    s.setShiftCases(66);
    s.setShiftPositives(30);
    s.setShiftGroups("present 0.85 to 0.15 (n 33), absent 0.15 to 0.85 (n 33)");
    s.setConfidenceLevel(0.9);
    s.setShiftNote("Axis: region laterality, the confounder whose shift test drops the baseline's AUC the most.");
    s.setPatients(58);
    s.setSeeds(2);
    for (org.confounderlab.model.run.ArmKind kind : List.of(org.confounderlab.model.run.ArmKind.MASKING,
        org.confounderlab.model.run.ArmKind.DISTILLATION)) {
      org.confounderlab.model.run.StudyArm a = RF.createStudyArm();
      a.setName(kind.getLiteral().toLowerCase(java.util.Locale.ROOT));
      a.setKind(kind);
      a.setRunId("20261201-1015" + kind.getValue());
      a.setRunPath("../../20261201-1015" + kind.getValue() + "/run.run");
      int v = kind.getValue();
      a.setInDistributionAuc(0.8 + v / 100.0);
      a.setInDistributionAucLower(0.75);
      a.setInDistributionAucUpper(0.85);
      a.setShiftedAuc(0.7);
      a.setShiftedAucLower(0.6);
      a.setShiftedAucUpper(0.8);
      a.setMaskedDeltaAuc(-0.05);
      a.setMaskedDeltaAucLower(-0.1);
      a.setMaskedDeltaAucUpper(0.01);
      a.setMaskedPValue(0.08);
      a.setAttentionShare(0.12);
      a.setAttentionShareLower(0.1);
      a.setAttentionShareUpper(0.14);
      a.setWorstGroup("present");
      a.setWorstGroupAuc(0.66);
      a.setWorstGroupAucLower(0.55);
      a.setWorstGroupAucUpper(0.77);
      a.setTprGap(0.1);
      a.setTprGapLower(0.02);
      a.setTprGapUpper(0.2);
      a.setFailedToLearn(kind == org.confounderlab.model.run.ArmKind.DISTILLATION);
      a.setLearningNote(a.isFailedToLearn() ? "the validation AUC of 'abnormal' never beat 0.5" : null);
      a.getSeedRunPaths().add(a.getRunPath());
      a.getSeedRunPaths().add("../../20261201-1016" + kind.getValue() + "/run.run");
      a.setInDistributionAucSeedMean(0.81);
      a.setInDistributionAucSeedLower(0.78);
      a.setInDistributionAucSeedUpper(0.84);
      a.setShiftedAucSeedMean(0.69);
      a.setShiftedAucSeedLower(0.6);
      a.setShiftedAucSeedUpper(0.78);
      a.setMaskedDeltaAucSeedMean(-0.04);
      a.setMaskedDeltaAucSeedLower(-0.09);
      a.setMaskedDeltaAucSeedUpper(0.01);
      a.setWorstGroupAucSeedMean(0.64);
      a.setWorstGroupAucSeedLower(0.55);
      a.setWorstGroupAucSeedUpper(0.73);
      a.setTprGapSeedMean(0.12);
      a.setTprGapSeedLower(0.04);
      a.setTprGapSeedUpper(0.2);
      s.getArms().add(a);
    }
    org.confounderlab.model.run.ArmComparison c = RF.createArmComparison();
    c.setArm("distillation");
    c.setBaseline("masking");
    c.setTestSet("shifted");
    c.setCases(66);
    c.setDeltaAuc(0.2);
    c.setCiLower(0.1);
    c.setCiUpper(0.3);
    c.setPValue(0.001);
    c.setMethod("DeLong contrast of the means over 2 seeds, clustered by patient (Obuchowski 1997), 58 patients");
    c.setSeeds(2);
    s.getComparisons().add(c);
    return s;
  }

  private static org.confounderlab.model.run.LossTerm lossTerm(String name, double weight, double scale,
      double value) {
    org.confounderlab.model.run.LossTerm term = RF.createLossTerm();
    term.setName(name);
    term.setWeight(weight);
    term.setScale(scale);
    term.setValue(value);
    return term;
  }

  private static Evaluation evaluation(String name, InterventionKind kind, double auc) {
    Evaluation ev = RF.createEvaluation();
    ev.setInterventionName(name);
    ev.setInterventionKind(kind);
    ev.setN(812);
    ev.setPositives(97);
    ev.setPatients(640);
    LabelEvaluation le = RF.createLabelEvaluation();
    le.setLabel("Pneumonia");
    le.setAuc(auc);
    le.setCiLower(auc - 0.04);
    le.setCiUpper(auc + 0.04);
    le.setCiMethod(CiMethod.BOOTSTRAP);
    for (int i = 0; i <= 4; i++) {
      RocPoint pt = RF.createRocPoint();
      pt.setThreshold(1.0 - i * 0.25);
      pt.setFpr(i * 0.25);
      pt.setTpr(Math.min(1.0, i * 0.3));
      le.getRocPoints().add(pt);
    }
    ev.getLabels().add(le);
    return ev;
  }
}
