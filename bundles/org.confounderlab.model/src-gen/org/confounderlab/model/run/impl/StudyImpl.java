/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;
import java.util.Date;

import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;

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
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getExperimentPath <em>Experiment Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getShiftGrouping <em>Shift Grouping</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getShiftCases <em>Shift Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getShiftPositives <em>Shift Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getShiftGroups <em>Shift Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getConfidenceLevel <em>Confidence Level</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getShiftNote <em>Shift Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getArms <em>Arms</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyImpl#getComparisons <em>Comparisons</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends EObjectImpl implements Study {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftGrouping() <em>Shift Grouping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftGrouping()
	 * @generated
	 * @ordered
	 */
	protected static final String SHIFT_GROUPING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShiftGrouping() <em>Shift Grouping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftGrouping()
	 * @generated
	 * @ordered
	 */
	protected String shiftGrouping = SHIFT_GROUPING_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftCases() <em>Shift Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftCases()
	 * @generated
	 * @ordered
	 */
	protected static final int SHIFT_CASES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getShiftCases() <em>Shift Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftCases()
	 * @generated
	 * @ordered
	 */
	protected int shiftCases = SHIFT_CASES_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftPositives() <em>Shift Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftPositives()
	 * @generated
	 * @ordered
	 */
	protected static final int SHIFT_POSITIVES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getShiftPositives() <em>Shift Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftPositives()
	 * @generated
	 * @ordered
	 */
	protected int shiftPositives = SHIFT_POSITIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftGroups() <em>Shift Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftGroups()
	 * @generated
	 * @ordered
	 */
	protected static final String SHIFT_GROUPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShiftGroups() <em>Shift Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftGroups()
	 * @generated
	 * @ordered
	 */
	protected String shiftGroups = SHIFT_GROUPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidenceLevel() <em>Confidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidenceLevel()
	 * @generated
	 * @ordered
	 */
	protected static final double CONFIDENCE_LEVEL_EDEFAULT = 0.95;

	/**
	 * The cached value of the '{@link #getConfidenceLevel() <em>Confidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidenceLevel()
	 * @generated
	 * @ordered
	 */
	protected double confidenceLevel = CONFIDENCE_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftNote() <em>Shift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftNote()
	 * @generated
	 * @ordered
	 */
	protected static final String SHIFT_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShiftNote() <em>Shift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftNote()
	 * @generated
	 * @ordered
	 */
	protected String shiftNote = SHIFT_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected int seeds = SEEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected static final int PATIENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected int patients = PATIENTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArms() <em>Arms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArms()
	 * @generated
	 * @ordered
	 */
	protected EList<StudyArm> arms;

	/**
	 * The cached value of the '{@link #getComparisons() <em>Comparisons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparisons()
	 * @generated
	 * @ordered
	 */
	protected EList<ArmComparison> comparisons;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.STUDY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__EXPERIMENT_PATH, oldExperimentPath, experimentPath));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__START_TIME, oldStartTime, startTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__END_TIME, oldEndTime, endTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__ERROR_MESSAGE, oldErrorMessage, errorMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShiftGrouping() {
		return shiftGrouping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftGrouping(String newShiftGrouping) {
		String oldShiftGrouping = shiftGrouping;
		shiftGrouping = newShiftGrouping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SHIFT_GROUPING, oldShiftGrouping, shiftGrouping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getShiftCases() {
		return shiftCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftCases(int newShiftCases) {
		int oldShiftCases = shiftCases;
		shiftCases = newShiftCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SHIFT_CASES, oldShiftCases, shiftCases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getShiftPositives() {
		return shiftPositives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftPositives(int newShiftPositives) {
		int oldShiftPositives = shiftPositives;
		shiftPositives = newShiftPositives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SHIFT_POSITIVES, oldShiftPositives, shiftPositives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShiftGroups() {
		return shiftGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftGroups(String newShiftGroups) {
		String oldShiftGroups = shiftGroups;
		shiftGroups = newShiftGroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SHIFT_GROUPS, oldShiftGroups, shiftGroups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConfidenceLevel() {
		return confidenceLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidenceLevel(double newConfidenceLevel) {
		double oldConfidenceLevel = confidenceLevel;
		confidenceLevel = newConfidenceLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__CONFIDENCE_LEVEL, oldConfidenceLevel, confidenceLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShiftNote() {
		return shiftNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftNote(String newShiftNote) {
		String oldShiftNote = shiftNote;
		shiftNote = newShiftNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SHIFT_NOTE, oldShiftNote, shiftNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeeds() {
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeds(int newSeeds) {
		int oldSeeds = seeds;
		seeds = newSeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__SEEDS, oldSeeds, seeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPatients() {
		return patients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatients(int newPatients) {
		int oldPatients = patients;
		patients = newPatients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY__PATIENTS, oldPatients, patients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StudyArm> getArms() {
		if (arms == null) {
			arms = new EObjectContainmentEList<StudyArm>(StudyArm.class, this, RunPackage.STUDY__ARMS);
		}
		return arms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArmComparison> getComparisons() {
		if (comparisons == null) {
			comparisons = new EObjectContainmentEList<ArmComparison>(ArmComparison.class, this, RunPackage.STUDY__COMPARISONS);
		}
		return comparisons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.STUDY__ARMS:
				return ((InternalEList<?>)getArms()).basicRemove(otherEnd, msgs);
			case RunPackage.STUDY__COMPARISONS:
				return ((InternalEList<?>)getComparisons()).basicRemove(otherEnd, msgs);
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
			case RunPackage.STUDY__ID:
				return getId();
			case RunPackage.STUDY__NAME:
				return getName();
			case RunPackage.STUDY__EXPERIMENT_PATH:
				return getExperimentPath();
			case RunPackage.STUDY__START_TIME:
				return getStartTime();
			case RunPackage.STUDY__END_TIME:
				return getEndTime();
			case RunPackage.STUDY__STATUS:
				return getStatus();
			case RunPackage.STUDY__ERROR_MESSAGE:
				return getErrorMessage();
			case RunPackage.STUDY__LABEL:
				return getLabel();
			case RunPackage.STUDY__SHIFT_GROUPING:
				return getShiftGrouping();
			case RunPackage.STUDY__SHIFT_CASES:
				return getShiftCases();
			case RunPackage.STUDY__SHIFT_POSITIVES:
				return getShiftPositives();
			case RunPackage.STUDY__SHIFT_GROUPS:
				return getShiftGroups();
			case RunPackage.STUDY__CONFIDENCE_LEVEL:
				return getConfidenceLevel();
			case RunPackage.STUDY__SHIFT_NOTE:
				return getShiftNote();
			case RunPackage.STUDY__SEEDS:
				return getSeeds();
			case RunPackage.STUDY__PATIENTS:
				return getPatients();
			case RunPackage.STUDY__ARMS:
				return getArms();
			case RunPackage.STUDY__COMPARISONS:
				return getComparisons();
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
			case RunPackage.STUDY__ID:
				setId((String)newValue);
				return;
			case RunPackage.STUDY__NAME:
				setName((String)newValue);
				return;
			case RunPackage.STUDY__EXPERIMENT_PATH:
				setExperimentPath((String)newValue);
				return;
			case RunPackage.STUDY__START_TIME:
				setStartTime((Date)newValue);
				return;
			case RunPackage.STUDY__END_TIME:
				setEndTime((Date)newValue);
				return;
			case RunPackage.STUDY__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case RunPackage.STUDY__ERROR_MESSAGE:
				setErrorMessage((String)newValue);
				return;
			case RunPackage.STUDY__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.STUDY__SHIFT_GROUPING:
				setShiftGrouping((String)newValue);
				return;
			case RunPackage.STUDY__SHIFT_CASES:
				setShiftCases((Integer)newValue);
				return;
			case RunPackage.STUDY__SHIFT_POSITIVES:
				setShiftPositives((Integer)newValue);
				return;
			case RunPackage.STUDY__SHIFT_GROUPS:
				setShiftGroups((String)newValue);
				return;
			case RunPackage.STUDY__CONFIDENCE_LEVEL:
				setConfidenceLevel((Double)newValue);
				return;
			case RunPackage.STUDY__SHIFT_NOTE:
				setShiftNote((String)newValue);
				return;
			case RunPackage.STUDY__SEEDS:
				setSeeds((Integer)newValue);
				return;
			case RunPackage.STUDY__PATIENTS:
				setPatients((Integer)newValue);
				return;
			case RunPackage.STUDY__ARMS:
				getArms().clear();
				getArms().addAll((Collection<? extends StudyArm>)newValue);
				return;
			case RunPackage.STUDY__COMPARISONS:
				getComparisons().clear();
				getComparisons().addAll((Collection<? extends ArmComparison>)newValue);
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
			case RunPackage.STUDY__ID:
				setId(ID_EDEFAULT);
				return;
			case RunPackage.STUDY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RunPackage.STUDY__EXPERIMENT_PATH:
				setExperimentPath(EXPERIMENT_PATH_EDEFAULT);
				return;
			case RunPackage.STUDY__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case RunPackage.STUDY__END_TIME:
				setEndTime(END_TIME_EDEFAULT);
				return;
			case RunPackage.STUDY__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RunPackage.STUDY__ERROR_MESSAGE:
				setErrorMessage(ERROR_MESSAGE_EDEFAULT);
				return;
			case RunPackage.STUDY__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.STUDY__SHIFT_GROUPING:
				setShiftGrouping(SHIFT_GROUPING_EDEFAULT);
				return;
			case RunPackage.STUDY__SHIFT_CASES:
				setShiftCases(SHIFT_CASES_EDEFAULT);
				return;
			case RunPackage.STUDY__SHIFT_POSITIVES:
				setShiftPositives(SHIFT_POSITIVES_EDEFAULT);
				return;
			case RunPackage.STUDY__SHIFT_GROUPS:
				setShiftGroups(SHIFT_GROUPS_EDEFAULT);
				return;
			case RunPackage.STUDY__CONFIDENCE_LEVEL:
				setConfidenceLevel(CONFIDENCE_LEVEL_EDEFAULT);
				return;
			case RunPackage.STUDY__SHIFT_NOTE:
				setShiftNote(SHIFT_NOTE_EDEFAULT);
				return;
			case RunPackage.STUDY__SEEDS:
				setSeeds(SEEDS_EDEFAULT);
				return;
			case RunPackage.STUDY__PATIENTS:
				setPatients(PATIENTS_EDEFAULT);
				return;
			case RunPackage.STUDY__ARMS:
				getArms().clear();
				return;
			case RunPackage.STUDY__COMPARISONS:
				getComparisons().clear();
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
			case RunPackage.STUDY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RunPackage.STUDY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RunPackage.STUDY__EXPERIMENT_PATH:
				return EXPERIMENT_PATH_EDEFAULT == null ? experimentPath != null : !EXPERIMENT_PATH_EDEFAULT.equals(experimentPath);
			case RunPackage.STUDY__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case RunPackage.STUDY__END_TIME:
				return END_TIME_EDEFAULT == null ? endTime != null : !END_TIME_EDEFAULT.equals(endTime);
			case RunPackage.STUDY__STATUS:
				return status != STATUS_EDEFAULT;
			case RunPackage.STUDY__ERROR_MESSAGE:
				return ERROR_MESSAGE_EDEFAULT == null ? errorMessage != null : !ERROR_MESSAGE_EDEFAULT.equals(errorMessage);
			case RunPackage.STUDY__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.STUDY__SHIFT_GROUPING:
				return SHIFT_GROUPING_EDEFAULT == null ? shiftGrouping != null : !SHIFT_GROUPING_EDEFAULT.equals(shiftGrouping);
			case RunPackage.STUDY__SHIFT_CASES:
				return shiftCases != SHIFT_CASES_EDEFAULT;
			case RunPackage.STUDY__SHIFT_POSITIVES:
				return shiftPositives != SHIFT_POSITIVES_EDEFAULT;
			case RunPackage.STUDY__SHIFT_GROUPS:
				return SHIFT_GROUPS_EDEFAULT == null ? shiftGroups != null : !SHIFT_GROUPS_EDEFAULT.equals(shiftGroups);
			case RunPackage.STUDY__CONFIDENCE_LEVEL:
				return confidenceLevel != CONFIDENCE_LEVEL_EDEFAULT;
			case RunPackage.STUDY__SHIFT_NOTE:
				return SHIFT_NOTE_EDEFAULT == null ? shiftNote != null : !SHIFT_NOTE_EDEFAULT.equals(shiftNote);
			case RunPackage.STUDY__SEEDS:
				return seeds != SEEDS_EDEFAULT;
			case RunPackage.STUDY__PATIENTS:
				return patients != PATIENTS_EDEFAULT;
			case RunPackage.STUDY__ARMS:
				return arms != null && !arms.isEmpty();
			case RunPackage.STUDY__COMPARISONS:
				return comparisons != null && !comparisons.isEmpty();
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
		result.append(", name: ");
		result.append(name);
		result.append(", experimentPath: ");
		result.append(experimentPath);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", endTime: ");
		result.append(endTime);
		result.append(", status: ");
		result.append(status);
		result.append(", errorMessage: ");
		result.append(errorMessage);
		result.append(", label: ");
		result.append(label);
		result.append(", shiftGrouping: ");
		result.append(shiftGrouping);
		result.append(", shiftCases: ");
		result.append(shiftCases);
		result.append(", shiftPositives: ");
		result.append(shiftPositives);
		result.append(", shiftGroups: ");
		result.append(shiftGroups);
		result.append(", confidenceLevel: ");
		result.append(confidenceLevel);
		result.append(", shiftNote: ");
		result.append(shiftNote);
		result.append(", seeds: ");
		result.append(seeds);
		result.append(", patients: ");
		result.append(patients);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
