/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;
import java.util.Date;

import org.confounderlab.model.experiment.Experiment;

import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.DeletionTest;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.FeatureSlice;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.GroupDroRecord;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.ImportedModelRecord;
import org.confounderlab.model.run.InitialWeightsRecord;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.JustTrainTwiceRecord;
import org.confounderlab.model.run.LastLayerRetrainingRecord;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getClusterJob <em>Cluster Job</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getExperimentPath <em>Experiment Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getConstantValidationLoss <em>Constant Validation Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getEvaluations <em>Evaluations</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getComparisons <em>Comparisons</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getSaliency <em>Saliency</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getDeletionTests <em>Deletion Tests</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getSaliencyCases <em>Saliency Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getShiftTests <em>Shift Tests</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getInitialWeights <em>Initial Weights</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getImportedModel <em>Imported Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getGroupDro <em>Group Dro</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getJustTrainTwice <em>Just Train Twice</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getLastLayerRetraining <em>Last Layer Retraining</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getDistillation <em>Distillation</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getLeaks <em>Leaks</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getGroupWeights <em>Group Weights</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getProbes <em>Probes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getAudit <em>Audit</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RunImpl#getBaselineRun <em>Baseline Run</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunImpl extends EObjectImpl implements Run {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.RUNNING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Date startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected Date endTime = END_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorMessage() <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String ERROR_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorMessage() <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorMessage()
	 * @generated
	 * @ordered
	 */
	protected String errorMessage = ERROR_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClusterJob() <em>Cluster Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterJob()
	 * @generated
	 * @ordered
	 */
	protected static final String CLUSTER_JOB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClusterJob() <em>Cluster Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClusterJob()
	 * @generated
	 * @ordered
	 */
	protected String clusterJob = CLUSTER_JOB_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExperiment() <em>Experiment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected Experiment experiment;

	/**
	 * The default value of the '{@link #getExperimentPath() <em>Experiment Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentPath()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentPath() <em>Experiment Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentPath()
	 * @generated
	 * @ordered
	 */
	protected String experimentPath = EXPERIMENT_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected BackendInfo backend;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected InputRecord inputs;

	/**
	 * The default value of the '{@link #getConstantValidationLoss() <em>Constant Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstantValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double CONSTANT_VALIDATION_LOSS_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getConstantValidationLoss() <em>Constant Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConstantValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected double constantValidationLoss = CONSTANT_VALIDATION_LOSS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected EList<EpochRecord> epochs;

	/**
	 * The cached value of the '{@link #getEvaluations() <em>Evaluations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluations()
	 * @generated
	 * @ordered
	 */
	protected EList<Evaluation> evaluations;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<AucComparison> comparisons;

	/**
	 * The cached value of the '{@link #getSaliency() <em>Saliency</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaliency()
	 * @generated
	 * @ordered
	 */
	protected EList<SaliencySummary> saliency;

	/**
	 * The cached value of the '{@link #getDeletionTests() <em>Deletion Tests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeletionTests()
	 * @generated
	 * @ordered
	 */
	protected EList<DeletionTest> deletionTests;

	/**
	 * The cached value of the '{@link #getSaliencyCases() <em>Saliency Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaliencyCases()
	 * @generated
	 * @ordered
	 */
	protected EList<SaliencyCase> saliencyCases;

	/**
	 * The cached value of the '{@link #getSubgroups() <em>Subgroups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroups()
	 * @generated
	 * @ordered
	 */
	protected EList<SubgroupMetric> subgroups;

	/**
	 * The cached value of the '{@link #getShiftTests() <em>Shift Tests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftTests()
	 * @generated
	 * @ordered
	 */
	protected EList<ShiftTest> shiftTests;

	/**
	 * The cached value of the '{@link #getInitialWeights() <em>Initial Weights</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialWeights()
	 * @generated
	 * @ordered
	 */
	protected InitialWeightsRecord initialWeights;

	/**
	 * The cached value of the '{@link #getImportedModel() <em>Imported Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedModel()
	 * @generated
	 * @ordered
	 */
	protected ImportedModelRecord importedModel;

	/**
	 * The cached value of the '{@link #getGroupDro() <em>Group Dro</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupDro()
	 * @generated
	 * @ordered
	 */
	protected GroupDroRecord groupDro;

	/**
	 * The cached value of the '{@link #getJustTrainTwice() <em>Just Train Twice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustTrainTwice()
	 * @generated
	 * @ordered
	 */
	protected JustTrainTwiceRecord justTrainTwice;

	/**
	 * The cached value of the '{@link #getLastLayerRetraining() <em>Last Layer Retraining</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLayerRetraining()
	 * @generated
	 * @ordered
	 */
	protected LastLayerRetrainingRecord lastLayerRetraining;

	/**
	 * The cached value of the '{@link #getDistillation() <em>Distillation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistillation()
	 * @generated
	 * @ordered
	 */
	protected DistillationRecord distillation;

	/**
	 * The cached value of the '{@link #getLeaks() <em>Leaks</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaks()
	 * @generated
	 * @ordered
	 */
	protected LeakCheck leaks;

	/**
	 * The cached value of the '{@link #getGroupWeights() <em>Group Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupWeight> groupWeights;

	/**
	 * The cached value of the '{@link #getProbes() <em>Probes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeProbe> probes;

	/**
	 * The cached value of the '{@link #getSlices() <em>Slices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlices()
	 * @generated
	 * @ordered
	 */
	protected EList<FeatureSlice> slices;

	/**
	 * The cached value of the '{@link #getAudit() <em>Audit</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudit()
	 * @generated
	 * @ordered
	 */
	protected DatasetAudit audit;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Artifact> artifacts;

	/**
	 * The default value of the '{@link #getBaselineRun() <em>Baseline Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineRun()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_RUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineRun() <em>Baseline Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineRun()
	 * @generated
	 * @ordered
	 */
	protected String baselineRun = BASELINE_RUN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Date newStartTime) {
		Date oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEndTime() {
		return endTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndTime(Date newEndTime) {
		Date oldEndTime = endTime;
		endTime = newEndTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__END_TIME, oldEndTime, endTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorMessage(String newErrorMessage) {
		String oldErrorMessage = errorMessage;
		errorMessage = newErrorMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__ERROR_MESSAGE, oldErrorMessage, errorMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClusterJob() {
		return clusterJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClusterJob(String newClusterJob) {
		String oldClusterJob = clusterJob;
		clusterJob = newClusterJob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__CLUSTER_JOB, oldClusterJob, clusterJob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment getExperiment() {
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExperiment(Experiment newExperiment, NotificationChain msgs) {
		Experiment oldExperiment = experiment;
		experiment = newExperiment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__EXPERIMENT, oldExperiment, newExperiment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperiment(Experiment newExperiment) {
		if (newExperiment != experiment) {
			NotificationChain msgs = null;
			if (experiment != null)
				msgs = ((InternalEObject)experiment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__EXPERIMENT, null, msgs);
			if (newExperiment != null)
				msgs = ((InternalEObject)newExperiment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__EXPERIMENT, null, msgs);
			msgs = basicSetExperiment(newExperiment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__EXPERIMENT, newExperiment, newExperiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentPath() {
		return experimentPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentPath(String newExperimentPath) {
		String oldExperimentPath = experimentPath;
		experimentPath = newExperimentPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__EXPERIMENT_PATH, oldExperimentPath, experimentPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendInfo getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackend(BackendInfo newBackend, NotificationChain msgs) {
		BackendInfo oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__BACKEND, oldBackend, newBackend);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(BackendInfo newBackend) {
		if (newBackend != backend) {
			NotificationChain msgs = null;
			if (backend != null)
				msgs = ((InternalEObject)backend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__BACKEND, null, msgs);
			if (newBackend != null)
				msgs = ((InternalEObject)newBackend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__BACKEND, null, msgs);
			msgs = basicSetBackend(newBackend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__BACKEND, newBackend, newBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputRecord getInputs() {
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInputs(InputRecord newInputs, NotificationChain msgs) {
		InputRecord oldInputs = inputs;
		inputs = newInputs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__INPUTS, oldInputs, newInputs);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputs(InputRecord newInputs) {
		if (newInputs != inputs) {
			NotificationChain msgs = null;
			if (inputs != null)
				msgs = ((InternalEObject)inputs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__INPUTS, null, msgs);
			if (newInputs != null)
				msgs = ((InternalEObject)newInputs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__INPUTS, null, msgs);
			msgs = basicSetInputs(newInputs, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__INPUTS, newInputs, newInputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConstantValidationLoss() {
		return constantValidationLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConstantValidationLoss(double newConstantValidationLoss) {
		double oldConstantValidationLoss = constantValidationLoss;
		constantValidationLoss = newConstantValidationLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__CONSTANT_VALIDATION_LOSS, oldConstantValidationLoss, constantValidationLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpochRecord> getEpochs() {
		if (epochs == null) {
			epochs = new EObjectContainmentEList<EpochRecord>(EpochRecord.class, this, RunPackage.RUN__EPOCHS);
		}
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evaluation> getEvaluations() {
		if (evaluations == null) {
			evaluations = new EObjectContainmentEList<Evaluation>(Evaluation.class, this, RunPackage.RUN__EVALUATIONS);
		}
		return evaluations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AucComparison> getComparisons() {
		if (comparisons == null) {
			comparisons = new EObjectContainmentEList<AucComparison>(AucComparison.class, this, RunPackage.RUN__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SaliencySummary> getSaliency() {
		if (saliency == null) {
			saliency = new EObjectContainmentEList<SaliencySummary>(SaliencySummary.class, this, RunPackage.RUN__SALIENCY);
		}
		return saliency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeletionTest> getDeletionTests() {
		if (deletionTests == null) {
			deletionTests = new EObjectContainmentEList<DeletionTest>(DeletionTest.class, this, RunPackage.RUN__DELETION_TESTS);
		}
		return deletionTests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SaliencyCase> getSaliencyCases() {
		if (saliencyCases == null) {
			saliencyCases = new EObjectContainmentEList<SaliencyCase>(SaliencyCase.class, this, RunPackage.RUN__SALIENCY_CASES);
		}
		return saliencyCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubgroupMetric> getSubgroups() {
		if (subgroups == null) {
			subgroups = new EObjectContainmentEList<SubgroupMetric>(SubgroupMetric.class, this, RunPackage.RUN__SUBGROUPS);
		}
		return subgroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ShiftTest> getShiftTests() {
		if (shiftTests == null) {
			shiftTests = new EObjectContainmentEList<ShiftTest>(ShiftTest.class, this, RunPackage.RUN__SHIFT_TESTS);
		}
		return shiftTests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitialWeightsRecord getInitialWeights() {
		return initialWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInitialWeights(InitialWeightsRecord newInitialWeights, NotificationChain msgs) {
		InitialWeightsRecord oldInitialWeights = initialWeights;
		initialWeights = newInitialWeights;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__INITIAL_WEIGHTS, oldInitialWeights, newInitialWeights);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialWeights(InitialWeightsRecord newInitialWeights) {
		if (newInitialWeights != initialWeights) {
			NotificationChain msgs = null;
			if (initialWeights != null)
				msgs = ((InternalEObject)initialWeights).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__INITIAL_WEIGHTS, null, msgs);
			if (newInitialWeights != null)
				msgs = ((InternalEObject)newInitialWeights).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__INITIAL_WEIGHTS, null, msgs);
			msgs = basicSetInitialWeights(newInitialWeights, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__INITIAL_WEIGHTS, newInitialWeights, newInitialWeights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportedModelRecord getImportedModel() {
		return importedModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetImportedModel(ImportedModelRecord newImportedModel, NotificationChain msgs) {
		ImportedModelRecord oldImportedModel = importedModel;
		importedModel = newImportedModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__IMPORTED_MODEL, oldImportedModel, newImportedModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedModel(ImportedModelRecord newImportedModel) {
		if (newImportedModel != importedModel) {
			NotificationChain msgs = null;
			if (importedModel != null)
				msgs = ((InternalEObject)importedModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__IMPORTED_MODEL, null, msgs);
			if (newImportedModel != null)
				msgs = ((InternalEObject)newImportedModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__IMPORTED_MODEL, null, msgs);
			msgs = basicSetImportedModel(newImportedModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__IMPORTED_MODEL, newImportedModel, newImportedModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupDroRecord getGroupDro() {
		return groupDro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGroupDro(GroupDroRecord newGroupDro, NotificationChain msgs) {
		GroupDroRecord oldGroupDro = groupDro;
		groupDro = newGroupDro;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__GROUP_DRO, oldGroupDro, newGroupDro);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupDro(GroupDroRecord newGroupDro) {
		if (newGroupDro != groupDro) {
			NotificationChain msgs = null;
			if (groupDro != null)
				msgs = ((InternalEObject)groupDro).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__GROUP_DRO, null, msgs);
			if (newGroupDro != null)
				msgs = ((InternalEObject)newGroupDro).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__GROUP_DRO, null, msgs);
			msgs = basicSetGroupDro(newGroupDro, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__GROUP_DRO, newGroupDro, newGroupDro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JustTrainTwiceRecord getJustTrainTwice() {
		return justTrainTwice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJustTrainTwice(JustTrainTwiceRecord newJustTrainTwice, NotificationChain msgs) {
		JustTrainTwiceRecord oldJustTrainTwice = justTrainTwice;
		justTrainTwice = newJustTrainTwice;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__JUST_TRAIN_TWICE, oldJustTrainTwice, newJustTrainTwice);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustTrainTwice(JustTrainTwiceRecord newJustTrainTwice) {
		if (newJustTrainTwice != justTrainTwice) {
			NotificationChain msgs = null;
			if (justTrainTwice != null)
				msgs = ((InternalEObject)justTrainTwice).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__JUST_TRAIN_TWICE, null, msgs);
			if (newJustTrainTwice != null)
				msgs = ((InternalEObject)newJustTrainTwice).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__JUST_TRAIN_TWICE, null, msgs);
			msgs = basicSetJustTrainTwice(newJustTrainTwice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__JUST_TRAIN_TWICE, newJustTrainTwice, newJustTrainTwice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LastLayerRetrainingRecord getLastLayerRetraining() {
		return lastLayerRetraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLastLayerRetraining(LastLayerRetrainingRecord newLastLayerRetraining, NotificationChain msgs) {
		LastLayerRetrainingRecord oldLastLayerRetraining = lastLayerRetraining;
		lastLayerRetraining = newLastLayerRetraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__LAST_LAYER_RETRAINING, oldLastLayerRetraining, newLastLayerRetraining);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLayerRetraining(LastLayerRetrainingRecord newLastLayerRetraining) {
		if (newLastLayerRetraining != lastLayerRetraining) {
			NotificationChain msgs = null;
			if (lastLayerRetraining != null)
				msgs = ((InternalEObject)lastLayerRetraining).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__LAST_LAYER_RETRAINING, null, msgs);
			if (newLastLayerRetraining != null)
				msgs = ((InternalEObject)newLastLayerRetraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__LAST_LAYER_RETRAINING, null, msgs);
			msgs = basicSetLastLayerRetraining(newLastLayerRetraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__LAST_LAYER_RETRAINING, newLastLayerRetraining, newLastLayerRetraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistillationRecord getDistillation() {
		return distillation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDistillation(DistillationRecord newDistillation, NotificationChain msgs) {
		DistillationRecord oldDistillation = distillation;
		distillation = newDistillation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__DISTILLATION, oldDistillation, newDistillation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistillation(DistillationRecord newDistillation) {
		if (newDistillation != distillation) {
			NotificationChain msgs = null;
			if (distillation != null)
				msgs = ((InternalEObject)distillation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__DISTILLATION, null, msgs);
			if (newDistillation != null)
				msgs = ((InternalEObject)newDistillation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__DISTILLATION, null, msgs);
			msgs = basicSetDistillation(newDistillation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__DISTILLATION, newDistillation, newDistillation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeakCheck getLeaks() {
		return leaks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeaks(LeakCheck newLeaks, NotificationChain msgs) {
		LeakCheck oldLeaks = leaks;
		leaks = newLeaks;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__LEAKS, oldLeaks, newLeaks);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaks(LeakCheck newLeaks) {
		if (newLeaks != leaks) {
			NotificationChain msgs = null;
			if (leaks != null)
				msgs = ((InternalEObject)leaks).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__LEAKS, null, msgs);
			if (newLeaks != null)
				msgs = ((InternalEObject)newLeaks).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__LEAKS, null, msgs);
			msgs = basicSetLeaks(newLeaks, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__LEAKS, newLeaks, newLeaks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupWeight> getGroupWeights() {
		if (groupWeights == null) {
			groupWeights = new EObjectContainmentEList<GroupWeight>(GroupWeight.class, this, RunPackage.RUN__GROUP_WEIGHTS);
		}
		return groupWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeProbe> getProbes() {
		if (probes == null) {
			probes = new EObjectContainmentEList<AttributeProbe>(AttributeProbe.class, this, RunPackage.RUN__PROBES);
		}
		return probes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeatureSlice> getSlices() {
		if (slices == null) {
			slices = new EObjectContainmentEList<FeatureSlice>(FeatureSlice.class, this, RunPackage.RUN__SLICES);
		}
		return slices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetAudit getAudit() {
		return audit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAudit(DatasetAudit newAudit, NotificationChain msgs) {
		DatasetAudit oldAudit = audit;
		audit = newAudit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.RUN__AUDIT, oldAudit, newAudit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudit(DatasetAudit newAudit) {
		if (newAudit != audit) {
			NotificationChain msgs = null;
			if (audit != null)
				msgs = ((InternalEObject)audit).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__AUDIT, null, msgs);
			if (newAudit != null)
				msgs = ((InternalEObject)newAudit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.RUN__AUDIT, null, msgs);
			msgs = basicSetAudit(newAudit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__AUDIT, newAudit, newAudit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, RunPackage.RUN__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Artifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectContainmentEList<Artifact>(Artifact.class, this, RunPackage.RUN__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaselineRun() {
		return baselineRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineRun(String newBaselineRun) {
		String oldBaselineRun = baselineRun;
		baselineRun = newBaselineRun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.RUN__BASELINE_RUN, oldBaselineRun, baselineRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.RUN__EXPERIMENT:
				return basicSetExperiment(null, msgs);
			case RunPackage.RUN__BACKEND:
				return basicSetBackend(null, msgs);
			case RunPackage.RUN__INPUTS:
				return basicSetInputs(null, msgs);
			case RunPackage.RUN__EPOCHS:
				return ((InternalEList<?>)getEpochs()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__EVALUATIONS:
				return ((InternalEList<?>)getEvaluations()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__COMPARISONS:
				return ((InternalEList<?>)getComparisons()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__SALIENCY:
				return ((InternalEList<?>)getSaliency()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__DELETION_TESTS:
				return ((InternalEList<?>)getDeletionTests()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__SALIENCY_CASES:
				return ((InternalEList<?>)getSaliencyCases()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__SUBGROUPS:
				return ((InternalEList<?>)getSubgroups()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__SHIFT_TESTS:
				return ((InternalEList<?>)getShiftTests()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__INITIAL_WEIGHTS:
				return basicSetInitialWeights(null, msgs);
			case RunPackage.RUN__IMPORTED_MODEL:
				return basicSetImportedModel(null, msgs);
			case RunPackage.RUN__GROUP_DRO:
				return basicSetGroupDro(null, msgs);
			case RunPackage.RUN__JUST_TRAIN_TWICE:
				return basicSetJustTrainTwice(null, msgs);
			case RunPackage.RUN__LAST_LAYER_RETRAINING:
				return basicSetLastLayerRetraining(null, msgs);
			case RunPackage.RUN__DISTILLATION:
				return basicSetDistillation(null, msgs);
			case RunPackage.RUN__LEAKS:
				return basicSetLeaks(null, msgs);
			case RunPackage.RUN__GROUP_WEIGHTS:
				return ((InternalEList<?>)getGroupWeights()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__PROBES:
				return ((InternalEList<?>)getProbes()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__SLICES:
				return ((InternalEList<?>)getSlices()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__AUDIT:
				return basicSetAudit(null, msgs);
			case RunPackage.RUN__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case RunPackage.RUN__ARTIFACTS:
				return ((InternalEList<?>)getArtifacts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.RUN__ID:
				return getId();
			case RunPackage.RUN__STATUS:
				return getStatus();
			case RunPackage.RUN__START_TIME:
				return getStartTime();
			case RunPackage.RUN__END_TIME:
				return getEndTime();
			case RunPackage.RUN__ERROR_MESSAGE:
				return getErrorMessage();
			case RunPackage.RUN__CLUSTER_JOB:
				return getClusterJob();
			case RunPackage.RUN__EXPERIMENT:
				return getExperiment();
			case RunPackage.RUN__EXPERIMENT_PATH:
				return getExperimentPath();
			case RunPackage.RUN__BACKEND:
				return getBackend();
			case RunPackage.RUN__INPUTS:
				return getInputs();
			case RunPackage.RUN__CONSTANT_VALIDATION_LOSS:
				return getConstantValidationLoss();
			case RunPackage.RUN__EPOCHS:
				return getEpochs();
			case RunPackage.RUN__EVALUATIONS:
				return getEvaluations();
			case RunPackage.RUN__COMPARISONS:
				return getComparisons();
			case RunPackage.RUN__SALIENCY:
				return getSaliency();
			case RunPackage.RUN__DELETION_TESTS:
				return getDeletionTests();
			case RunPackage.RUN__SALIENCY_CASES:
				return getSaliencyCases();
			case RunPackage.RUN__SUBGROUPS:
				return getSubgroups();
			case RunPackage.RUN__SHIFT_TESTS:
				return getShiftTests();
			case RunPackage.RUN__INITIAL_WEIGHTS:
				return getInitialWeights();
			case RunPackage.RUN__IMPORTED_MODEL:
				return getImportedModel();
			case RunPackage.RUN__GROUP_DRO:
				return getGroupDro();
			case RunPackage.RUN__JUST_TRAIN_TWICE:
				return getJustTrainTwice();
			case RunPackage.RUN__LAST_LAYER_RETRAINING:
				return getLastLayerRetraining();
			case RunPackage.RUN__DISTILLATION:
				return getDistillation();
			case RunPackage.RUN__LEAKS:
				return getLeaks();
			case RunPackage.RUN__GROUP_WEIGHTS:
				return getGroupWeights();
			case RunPackage.RUN__PROBES:
				return getProbes();
			case RunPackage.RUN__SLICES:
				return getSlices();
			case RunPackage.RUN__AUDIT:
				return getAudit();
			case RunPackage.RUN__FINDINGS:
				return getFindings();
			case RunPackage.RUN__ARTIFACTS:
				return getArtifacts();
			case RunPackage.RUN__BASELINE_RUN:
				return getBaselineRun();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.RUN__ID:
				setId((String)newValue);
				return;
			case RunPackage.RUN__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case RunPackage.RUN__START_TIME:
				setStartTime((Date)newValue);
				return;
			case RunPackage.RUN__END_TIME:
				setEndTime((Date)newValue);
				return;
			case RunPackage.RUN__ERROR_MESSAGE:
				setErrorMessage((String)newValue);
				return;
			case RunPackage.RUN__CLUSTER_JOB:
				setClusterJob((String)newValue);
				return;
			case RunPackage.RUN__EXPERIMENT:
				setExperiment((Experiment)newValue);
				return;
			case RunPackage.RUN__EXPERIMENT_PATH:
				setExperimentPath((String)newValue);
				return;
			case RunPackage.RUN__BACKEND:
				setBackend((BackendInfo)newValue);
				return;
			case RunPackage.RUN__INPUTS:
				setInputs((InputRecord)newValue);
				return;
			case RunPackage.RUN__CONSTANT_VALIDATION_LOSS:
				setConstantValidationLoss((Double)newValue);
				return;
			case RunPackage.RUN__EPOCHS:
				getEpochs().clear();
				getEpochs().addAll((Collection<? extends EpochRecord>)newValue);
				return;
			case RunPackage.RUN__EVALUATIONS:
				getEvaluations().clear();
				getEvaluations().addAll((Collection<? extends Evaluation>)newValue);
				return;
			case RunPackage.RUN__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends AucComparison>)newValue);
				return;
			case RunPackage.RUN__SALIENCY:
				getSaliency().clear();
				getSaliency().addAll((Collection<? extends SaliencySummary>)newValue);
				return;
			case RunPackage.RUN__DELETION_TESTS:
				getDeletionTests().clear();
				getDeletionTests().addAll((Collection<? extends DeletionTest>)newValue);
				return;
			case RunPackage.RUN__SALIENCY_CASES:
				getSaliencyCases().clear();
				getSaliencyCases().addAll((Collection<? extends SaliencyCase>)newValue);
				return;
			case RunPackage.RUN__SUBGROUPS:
				getSubgroups().clear();
				getSubgroups().addAll((Collection<? extends SubgroupMetric>)newValue);
				return;
			case RunPackage.RUN__SHIFT_TESTS:
				getShiftTests().clear();
				getShiftTests().addAll((Collection<? extends ShiftTest>)newValue);
				return;
			case RunPackage.RUN__INITIAL_WEIGHTS:
				setInitialWeights((InitialWeightsRecord)newValue);
				return;
			case RunPackage.RUN__IMPORTED_MODEL:
				setImportedModel((ImportedModelRecord)newValue);
				return;
			case RunPackage.RUN__GROUP_DRO:
				setGroupDro((GroupDroRecord)newValue);
				return;
			case RunPackage.RUN__JUST_TRAIN_TWICE:
				setJustTrainTwice((JustTrainTwiceRecord)newValue);
				return;
			case RunPackage.RUN__LAST_LAYER_RETRAINING:
				setLastLayerRetraining((LastLayerRetrainingRecord)newValue);
				return;
			case RunPackage.RUN__DISTILLATION:
				setDistillation((DistillationRecord)newValue);
				return;
			case RunPackage.RUN__LEAKS:
				setLeaks((LeakCheck)newValue);
				return;
			case RunPackage.RUN__GROUP_WEIGHTS:
				getGroupWeights().clear();
				getGroupWeights().addAll((Collection<? extends GroupWeight>)newValue);
				return;
			case RunPackage.RUN__PROBES:
				getProbes().clear();
				getProbes().addAll((Collection<? extends AttributeProbe>)newValue);
				return;
			case RunPackage.RUN__SLICES:
				getSlices().clear();
				getSlices().addAll((Collection<? extends FeatureSlice>)newValue);
				return;
			case RunPackage.RUN__AUDIT:
				setAudit((DatasetAudit)newValue);
				return;
			case RunPackage.RUN__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case RunPackage.RUN__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends Artifact>)newValue);
				return;
			case RunPackage.RUN__BASELINE_RUN:
				setBaselineRun((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RunPackage.RUN__ID:
				setId(ID_EDEFAULT);
				return;
			case RunPackage.RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RunPackage.RUN__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case RunPackage.RUN__END_TIME:
				setEndTime(END_TIME_EDEFAULT);
				return;
			case RunPackage.RUN__ERROR_MESSAGE:
				setErrorMessage(ERROR_MESSAGE_EDEFAULT);
				return;
			case RunPackage.RUN__CLUSTER_JOB:
				setClusterJob(CLUSTER_JOB_EDEFAULT);
				return;
			case RunPackage.RUN__EXPERIMENT:
				setExperiment((Experiment)null);
				return;
			case RunPackage.RUN__EXPERIMENT_PATH:
				setExperimentPath(EXPERIMENT_PATH_EDEFAULT);
				return;
			case RunPackage.RUN__BACKEND:
				setBackend((BackendInfo)null);
				return;
			case RunPackage.RUN__INPUTS:
				setInputs((InputRecord)null);
				return;
			case RunPackage.RUN__CONSTANT_VALIDATION_LOSS:
				setConstantValidationLoss(CONSTANT_VALIDATION_LOSS_EDEFAULT);
				return;
			case RunPackage.RUN__EPOCHS:
				getEpochs().clear();
				return;
			case RunPackage.RUN__EVALUATIONS:
				getEvaluations().clear();
				return;
			case RunPackage.RUN__COMPARISONS:
				getComparisons().clear();
				return;
			case RunPackage.RUN__SALIENCY:
				getSaliency().clear();
				return;
			case RunPackage.RUN__DELETION_TESTS:
				getDeletionTests().clear();
				return;
			case RunPackage.RUN__SALIENCY_CASES:
				getSaliencyCases().clear();
				return;
			case RunPackage.RUN__SUBGROUPS:
				getSubgroups().clear();
				return;
			case RunPackage.RUN__SHIFT_TESTS:
				getShiftTests().clear();
				return;
			case RunPackage.RUN__INITIAL_WEIGHTS:
				setInitialWeights((InitialWeightsRecord)null);
				return;
			case RunPackage.RUN__IMPORTED_MODEL:
				setImportedModel((ImportedModelRecord)null);
				return;
			case RunPackage.RUN__GROUP_DRO:
				setGroupDro((GroupDroRecord)null);
				return;
			case RunPackage.RUN__JUST_TRAIN_TWICE:
				setJustTrainTwice((JustTrainTwiceRecord)null);
				return;
			case RunPackage.RUN__LAST_LAYER_RETRAINING:
				setLastLayerRetraining((LastLayerRetrainingRecord)null);
				return;
			case RunPackage.RUN__DISTILLATION:
				setDistillation((DistillationRecord)null);
				return;
			case RunPackage.RUN__LEAKS:
				setLeaks((LeakCheck)null);
				return;
			case RunPackage.RUN__GROUP_WEIGHTS:
				getGroupWeights().clear();
				return;
			case RunPackage.RUN__PROBES:
				getProbes().clear();
				return;
			case RunPackage.RUN__SLICES:
				getSlices().clear();
				return;
			case RunPackage.RUN__AUDIT:
				setAudit((DatasetAudit)null);
				return;
			case RunPackage.RUN__FINDINGS:
				getFindings().clear();
				return;
			case RunPackage.RUN__ARTIFACTS:
				getArtifacts().clear();
				return;
			case RunPackage.RUN__BASELINE_RUN:
				setBaselineRun(BASELINE_RUN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RunPackage.RUN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RunPackage.RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case RunPackage.RUN__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case RunPackage.RUN__END_TIME:
				return END_TIME_EDEFAULT == null ? endTime != null : !END_TIME_EDEFAULT.equals(endTime);
			case RunPackage.RUN__ERROR_MESSAGE:
				return ERROR_MESSAGE_EDEFAULT == null ? errorMessage != null : !ERROR_MESSAGE_EDEFAULT.equals(errorMessage);
			case RunPackage.RUN__CLUSTER_JOB:
				return CLUSTER_JOB_EDEFAULT == null ? clusterJob != null : !CLUSTER_JOB_EDEFAULT.equals(clusterJob);
			case RunPackage.RUN__EXPERIMENT:
				return experiment != null;
			case RunPackage.RUN__EXPERIMENT_PATH:
				return EXPERIMENT_PATH_EDEFAULT == null ? experimentPath != null : !EXPERIMENT_PATH_EDEFAULT.equals(experimentPath);
			case RunPackage.RUN__BACKEND:
				return backend != null;
			case RunPackage.RUN__INPUTS:
				return inputs != null;
			case RunPackage.RUN__CONSTANT_VALIDATION_LOSS:
				return constantValidationLoss != CONSTANT_VALIDATION_LOSS_EDEFAULT;
			case RunPackage.RUN__EPOCHS:
				return epochs != null && !epochs.isEmpty();
			case RunPackage.RUN__EVALUATIONS:
				return evaluations != null && !evaluations.isEmpty();
			case RunPackage.RUN__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
			case RunPackage.RUN__SALIENCY:
				return saliency != null && !saliency.isEmpty();
			case RunPackage.RUN__DELETION_TESTS:
				return deletionTests != null && !deletionTests.isEmpty();
			case RunPackage.RUN__SALIENCY_CASES:
				return saliencyCases != null && !saliencyCases.isEmpty();
			case RunPackage.RUN__SUBGROUPS:
				return subgroups != null && !subgroups.isEmpty();
			case RunPackage.RUN__SHIFT_TESTS:
				return shiftTests != null && !shiftTests.isEmpty();
			case RunPackage.RUN__INITIAL_WEIGHTS:
				return initialWeights != null;
			case RunPackage.RUN__IMPORTED_MODEL:
				return importedModel != null;
			case RunPackage.RUN__GROUP_DRO:
				return groupDro != null;
			case RunPackage.RUN__JUST_TRAIN_TWICE:
				return justTrainTwice != null;
			case RunPackage.RUN__LAST_LAYER_RETRAINING:
				return lastLayerRetraining != null;
			case RunPackage.RUN__DISTILLATION:
				return distillation != null;
			case RunPackage.RUN__LEAKS:
				return leaks != null;
			case RunPackage.RUN__GROUP_WEIGHTS:
				return groupWeights != null && !groupWeights.isEmpty();
			case RunPackage.RUN__PROBES:
				return probes != null && !probes.isEmpty();
			case RunPackage.RUN__SLICES:
				return slices != null && !slices.isEmpty();
			case RunPackage.RUN__AUDIT:
				return audit != null;
			case RunPackage.RUN__FINDINGS:
				return findings != null && !findings.isEmpty();
			case RunPackage.RUN__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
			case RunPackage.RUN__BASELINE_RUN:
				return BASELINE_RUN_EDEFAULT == null ? baselineRun != null : !BASELINE_RUN_EDEFAULT.equals(baselineRun);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", status: ");
		result.append(status);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", endTime: ");
		result.append(endTime);
		result.append(", errorMessage: ");
		result.append(errorMessage);
		result.append(", clusterJob: ");
		result.append(clusterJob);
		result.append(", experimentPath: ");
		result.append(experimentPath);
		result.append(", constantValidationLoss: ");
		result.append(constantValidationLoss);
		result.append(", baselineRun: ");
		result.append(baselineRun);
		result.append(')');
		return result.toString();
	}

} //RunImpl
