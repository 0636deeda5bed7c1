/**
 */
package org.confounderlab.model.run;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One experiment run as several arms (baseline, masking, balancing, distillation) on identical splits and seeds, each a run of its own, and the table that compares them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.Study#getId <em>Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getExperimentPath <em>Experiment Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getStatus <em>Status</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getErrorMessage <em>Error Message</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getShiftGrouping <em>Shift Grouping</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getShiftCases <em>Shift Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getShiftPositives <em>Shift Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getShiftGroups <em>Shift Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getConfidenceLevel <em>Confidence Level</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getShiftNote <em>Shift Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getArms <em>Arms</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Study#getComparisons <em>Comparisons</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Experiment Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment Path</em>' attribute.
	 * @see #setExperimentPath(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ExperimentPath()
	 * @model
	 * @generated
	 */
	String getExperimentPath();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getExperimentPath <em>Experiment Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment Path</em>' attribute.
	 * @see #getExperimentPath()
	 * @generated
	 */
	void setExperimentPath(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Date)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_StartTime()
	 * @model
	 * @generated
	 */
	Date getStartTime();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getStartTime <em>Start Time</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getStudy_EndTime()
	 * @model
	 * @generated
	 */
	Date getEndTime();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"RUNNING"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.confounderlab.model.run.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Status()
	 * @model default="RUNNING"
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.confounderlab.model.run.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Error Message</em>' attribute.
	 * @see #setErrorMessage(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ErrorMessage()
	 * @model
	 * @generated
	 */
	String getErrorMessage();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getErrorMessage <em>Error Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Message</em>' attribute.
	 * @see #getErrorMessage()
	 * @generated
	 */
	void setErrorMessage(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label the table is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Shift Grouping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the shifted test set flips: an attribute, or region NAME (present/absent), taken from the baseline's images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shift Grouping</em>' attribute.
	 * @see #setShiftGrouping(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ShiftGrouping()
	 * @model
	 * @generated
	 */
	String getShiftGrouping();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getShiftGrouping <em>Shift Grouping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shift Grouping</em>' attribute.
	 * @see #getShiftGrouping()
	 * @generated
	 */
	void setShiftGrouping(String value);

	/**
	 * Returns the value of the '<em><b>Shift Cases</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shift Cases</em>' attribute.
	 * @see #setShiftCases(int)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ShiftCases()
	 * @model default="0"
	 * @generated
	 */
	int getShiftCases();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getShiftCases <em>Shift Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shift Cases</em>' attribute.
	 * @see #getShiftCases()
	 * @generated
	 */
	void setShiftCases(int value);

	/**
	 * Returns the value of the '<em><b>Shift Positives</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shift Positives</em>' attribute.
	 * @see #setShiftPositives(int)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ShiftPositives()
	 * @model default="0"
	 * @generated
	 */
	int getShiftPositives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getShiftPositives <em>Shift Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shift Positives</em>' attribute.
	 * @see #getShiftPositives()
	 * @generated
	 */
	void setShiftPositives(int value);

	/**
	 * Returns the value of the '<em><b>Shift Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each subgroup's prevalence before and after the flip.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shift Groups</em>' attribute.
	 * @see #setShiftGroups(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ShiftGroups()
	 * @model
	 * @generated
	 */
	String getShiftGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getShiftGroups <em>Shift Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shift Groups</em>' attribute.
	 * @see #getShiftGroups()
	 * @generated
	 */
	void setShiftGroups(String value);

	/**
	 * Returns the value of the '<em><b>Confidence Level</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence Level</em>' attribute.
	 * @see #setConfidenceLevel(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ConfidenceLevel()
	 * @model default="0.95"
	 * @generated
	 */
	double getConfidenceLevel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getConfidenceLevel <em>Confidence Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence Level</em>' attribute.
	 * @see #getConfidenceLevel()
	 * @generated
	 */
	void setConfidenceLevel(double value);

	/**
	 * Returns the value of the '<em><b>Shift Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the study's axis (shiftGrouping) was chosen, or why there is none, so no shifted AUC, worst group or TPR gap, and why a column is missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shift Note</em>' attribute.
	 * @see #setShiftNote(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_ShiftNote()
	 * @model
	 * @generated
	 */
	String getShiftNote();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getShiftNote <em>Shift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shift Note</em>' attribute.
	 * @see #getShiftNote()
	 * @generated
	 */
	void setShiftNote(String value);

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many training seeds every arm was trained with (its runs: StudyArm.seedRunPaths).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute.
	 * @see #setSeeds(int)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Seeds()
	 * @model default="1"
	 * @generated
	 */
	int getSeeds();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getSeeds <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds</em>' attribute.
	 * @see #getSeeds()
	 * @generated
	 */
	void setSeeds(int value);

	/**
	 * Returns the value of the '<em><b>Patients</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of distinct patients among the test images; when below the images, intervals and paired tests are clustered by patient.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patients</em>' attribute.
	 * @see #setPatients(int)
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Patients()
	 * @model default="0"
	 * @generated
	 */
	int getPatients();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Study#getPatients <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patients</em>' attribute.
	 * @see #getPatients()
	 * @generated
	 */
	void setPatients(int value);

	/**
	 * Returns the value of the '<em><b>Arms</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.StudyArm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arms</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Arms()
	 * @model containment="true"
	 * @generated
	 */
	EList<StudyArm> getArms();

	/**
	 * Returns the value of the '<em><b>Comparisons</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.ArmComparison}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparisons</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getStudy_Comparisons()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArmComparison> getComparisons();

} // Study
