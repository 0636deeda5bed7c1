/**
 */
package org.confounderlab.model.run;

import java.util.Date;

import org.confounderlab.model.experiment.Experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .run file: the record of one launched experiment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.Run#getId <em>Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getStatus <em>Status</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getClusterJob <em>Cluster Job</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getExperimentPath <em>Experiment Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getConstantValidationLoss <em>Constant Validation Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getSaliency <em>Saliency</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getDeletionTests <em>Deletion Tests</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getSaliencyCases <em>Saliency Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getShiftTests <em>Shift Tests</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getInitialWeights <em>Initial Weights</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getImportedModel <em>Imported Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getGroupDro <em>Group Dro</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getJustTrainTwice <em>Just Train Twice</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getLastLayerRetraining <em>Last Layer Retraining</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getDistillation <em>Distillation</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getLeaks <em>Leaks</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getGroupWeights <em>Group Weights</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getAudit <em>Audit</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Run#getBaselineRun <em>Baseline Run</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"RUNNING"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.confounderlab.model.run.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Status()
	 * @model default="RUNNING"
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.confounderlab.model.run.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see org.confounderlab.model.run.RunPackage#getRun_StartTime()
	 * @model
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Date value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(Date)
	 * @see org.confounderlab.model.run.RunPackage#getRun_EndTime()
	 * @model
	 * @generated
	 */
	Date getEndTime();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Date value);

	/**
	 * Returns the value of the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Message</em>' attribute.
	 * @see #setErrorMessage(String)
	 * @see org.confounderlab.model.run.RunPackage#getRun_ErrorMessage()
	 * @model
	 * @generated
	 */
	String getErrorMessage();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getErrorMessage <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Message</em>' attribute.
	 * @see #getErrorMessage()
	 * @generated
	 */
	void setErrorMessage(String value);

	/**
	 * Returns the value of the '<em><b>Cluster Job</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cluster job that trains this run, as its workload manager names it (Slurm: the array job and task, 1234_5); empty for a run on this machine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster Job</em>' attribute.
	 * @see #setClusterJob(String)
	 * @see org.confounderlab.model.run.RunPackage#getRun_ClusterJob()
	 * @model
	 * @generated
	 */
	String getClusterJob();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getClusterJob <em>Cluster Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster Job</em>' attribute.
	 * @see #getClusterJob()
	 * @generated
	 */
	void setClusterJob(String value);

	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Snapshot of the experiment as launched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Experiment</em>' containment reference.
	 * @see #setExperiment(Experiment)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Experiment()
	 * @model containment="true"
	 * @generated
	 */
	Experiment getExperiment();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getExperiment <em>Experiment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' containment reference.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(Experiment value);

	/**
	 * Returns the value of the '<em><b>Experiment Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the experiment was launched from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Experiment Path</em>' attribute.
	 * @see #setExperimentPath(String)
	 * @see org.confounderlab.model.run.RunPackage#getRun_ExperimentPath()
	 * @model
	 * @generated
	 */
	String getExperimentPath();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getExperimentPath <em>Experiment Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment Path</em>' attribute.
	 * @see #getExperimentPath()
	 * @generated
	 */
	void setExperimentPath(String value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' containment reference.
	 * @see #setBackend(BackendInfo)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Backend()
	 * @model containment="true"
	 * @generated
	 */
	BackendInfo getBackend();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getBackend <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' containment reference.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(BackendInfo value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the run read its data set: rows imported and skipped, unreadable images, and the preprocessed cache it used or built.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference.
	 * @see #setInputs(InputRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	InputRecord getInputs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getInputs <em>Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' containment reference.
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(InputRecord value);

	/**
	 * Returns the value of the '<em><b>Constant Validation Loss</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The validation loss of a constant predictor that scores every image with the training images' prevalence (summed over labels, as the training loss is). A model whose validation loss never falls below it has learned nothing from the images. NaN: not computed (an imported model).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Constant Validation Loss</em>' attribute.
	 * @see #setConstantValidationLoss(double)
	 * @see org.confounderlab.model.run.RunPackage#getRun_ConstantValidationLoss()
	 * @model default="NaN"
	 * @generated
	 */
	double getConstantValidationLoss();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getConstantValidationLoss <em>Constant Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Constant Validation Loss</em>' attribute.
	 * @see #getConstantValidationLoss()
	 * @generated
	 */
	void setConstantValidationLoss(double value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.EpochRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Epochs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpochRecord> getEpochs();

	/**
	 * Returns the value of the '<em><b>Evaluations</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.Evaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluations</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Evaluations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evaluation> getEvaluations();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.AucComparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<AucComparison> getComparisons();

	/**
	 * Returns the value of the '<em><b>Saliency</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.SaliencySummary}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Saliency</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Saliency()
	 * @model containment="true"
	 * @generated
	 */
	EList<SaliencySummary> getSaliency();

	/**
	 * Returns the value of the '<em><b>Deletion Tests</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.DeletionTest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deletion Tests</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_DeletionTests()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeletionTest> getDeletionTests();

	/**
	 * Returns the value of the '<em><b>Saliency Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.SaliencyCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Test images explained one by one (those that put most heat on a confounder region, worst first), with their input and heat map as sidecar PNGs for the saliency viewer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saliency Cases</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_SaliencyCases()
	 * @model containment="true"
	 * @generated
	 */
	EList<SaliencyCase> getSaliencyCases();

	/**
	 * Returns the value of the '<em><b>Subgroups</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.SubgroupMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subgroups</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Subgroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubgroupMetric> getSubgroups();

	/**
	 * Returns the value of the '<em><b>Shift Tests</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.ShiftTest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model on association-flipped test sets: per attribute (and suspected region), the test images re-sampled so that the attribute's association with the label is reversed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shift Tests</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_ShiftTests()
	 * @model containment="true"
	 * @generated
	 */
	EList<ShiftTest> getShiftTests();

	/**
	 * Returns the value of the '<em><b>Initial Weights</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With a weights file: what the model started from, tensor by tensor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Weights</em>' containment reference.
	 * @see #setInitialWeights(InitialWeightsRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_InitialWeights()
	 * @model containment="true"
	 * @generated
	 */
	InitialWeightsRecord getInitialWeights();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getInitialWeights <em>Initial Weights</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Weights</em>' containment reference.
	 * @see #getInitialWeights()
	 * @generated
	 */
	void setInitialWeights(InitialWeightsRecord value);

	/**
	 * Returns the value of the '<em><b>Imported Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With an ONNX model: the model the run audited instead of training one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported Model</em>' containment reference.
	 * @see #setImportedModel(ImportedModelRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_ImportedModel()
	 * @model containment="true"
	 * @generated
	 */
	ImportedModelRecord getImportedModel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getImportedModel <em>Imported Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported Model</em>' containment reference.
	 * @see #getImportedModel()
	 * @generated
	 */
	void setImportedModel(ImportedModelRecord value);

	/**
	 * Returns the value of the '<em><b>Group Dro</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Dro</em>' containment reference.
	 * @see #setGroupDro(GroupDroRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_GroupDro()
	 * @model containment="true"
	 * @generated
	 */
	GroupDroRecord getGroupDro();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getGroupDro <em>Group Dro</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Dro</em>' containment reference.
	 * @see #getGroupDro()
	 * @generated
	 */
	void setGroupDro(GroupDroRecord value);

	/**
	 * Returns the value of the '<em><b>Just Train Twice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Just Train Twice</em>' containment reference.
	 * @see #setJustTrainTwice(JustTrainTwiceRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_JustTrainTwice()
	 * @model containment="true"
	 * @generated
	 */
	JustTrainTwiceRecord getJustTrainTwice();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getJustTrainTwice <em>Just Train Twice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Just Train Twice</em>' containment reference.
	 * @see #getJustTrainTwice()
	 * @generated
	 */
	void setJustTrainTwice(JustTrainTwiceRecord value);

	/**
	 * Returns the value of the '<em><b>Last Layer Retraining</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Layer Retraining</em>' containment reference.
	 * @see #setLastLayerRetraining(LastLayerRetrainingRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_LastLayerRetraining()
	 * @model containment="true"
	 * @generated
	 */
	LastLayerRetrainingRecord getLastLayerRetraining();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getLastLayerRetraining <em>Last Layer Retraining</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Layer Retraining</em>' containment reference.
	 * @see #getLastLayerRetraining()
	 * @generated
	 */
	void setLastLayerRetraining(LastLayerRetrainingRecord value);

	/**
	 * Returns the value of the '<em><b>Distillation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With distillation: the teacher and the loss terms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distillation</em>' containment reference.
	 * @see #setDistillation(DistillationRecord)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Distillation()
	 * @model containment="true"
	 * @generated
	 */
	DistillationRecord getDistillation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getDistillation <em>Distillation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distillation</em>' containment reference.
	 * @see #getDistillation()
	 * @generated
	 */
	void setDistillation(DistillationRecord value);

	/**
	 * Returns the value of the '<em><b>Leaks</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What leaks between the run's splits: near-duplicate images and shared patients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leaks</em>' containment reference.
	 * @see #setLeaks(LeakCheck)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Leaks()
	 * @model containment="true"
	 * @generated
	 */
	LeakCheck getLeaks();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getLeaks <em>Leaks</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leaks</em>' containment reference.
	 * @see #getLeaks()
	 * @generated
	 */
	void setLeaks(LeakCheck value);

	/**
	 * Returns the value of the '<em><b>Group Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.GroupWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With group-balanced training: the sampling weight of a positive and of a negative training image in each subgroup of the rebalancing attribute, per label, so that every subgroup has the training set's label prevalence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Weights</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_GroupWeights()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupWeight> getGroupWeights();

	/**
	 * Returns the value of the '<em><b>Probes</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.AttributeProbe}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probes</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Probes()
	 * @model containment="true"
	 * @generated
	 */
	EList<AttributeProbe> getProbes();

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.FeatureSlice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clusters of the test images in the model's feature space (slice discovery), most error-enriched first; their members are listed in slices.tsv.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slices</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Slices()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureSlice> getSlices();

	/**
	 * Returns the value of the '<em><b>Audit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audit of the run's data set: confounder-label associations as seen before training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audit</em>' containment reference.
	 * @see #setAudit(DatasetAudit)
	 * @see org.confounderlab.model.run.RunPackage#getRun_Audit()
	 * @model containment="true"
	 * @generated
	 */
	DatasetAudit getAudit();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getAudit <em>Audit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audit</em>' containment reference.
	 * @see #getAudit()
	 * @generated
	 */
	void setAudit(DatasetAudit value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.Artifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sidecar files of the run (per-image predictions, heatmaps, checkpoints...); never inlined into the XMI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getRun_Artifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Artifact> getArtifacts();

	/**
	 * Returns the value of the '<em><b>Baseline Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id (folder name, beside this run's folder) of the run this one was retrained from, e.g. with its marker regions masked at training time; empty for a first run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Run</em>' attribute.
	 * @see #setBaselineRun(String)
	 * @see org.confounderlab.model.run.RunPackage#getRun_BaselineRun()
	 * @model
	 * @generated
	 */
	String getBaselineRun();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Run#getBaselineRun <em>Baseline Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Run</em>' attribute.
	 * @see #getBaselineRun()
	 * @generated
	 */
	void setBaselineRun(String value);

} // Run
