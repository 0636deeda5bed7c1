/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study Arm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getSeedRunPaths <em>Seed Run Paths</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedMean <em>In Distribution Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedLower <em>In Distribution Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedUpper <em>In Distribution Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedMean <em>Shifted Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedLower <em>Shifted Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedUpper <em>Shifted Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedMean <em>Masked Delta Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedLower <em>Masked Delta Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedUpper <em>Masked Delta Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedMean <em>Worst Group Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedLower <em>Worst Group Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedUpper <em>Worst Group Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGapSeedMean <em>Tpr Gap Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGapSeedLower <em>Tpr Gap Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGapSeedUpper <em>Tpr Gap Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#isFailedToLearn <em>Failed To Learn</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getLearningNote <em>Learning Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getRunPath <em>Run Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAuc <em>In Distribution Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAucLower <em>In Distribution Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getInDistributionAucUpper <em>In Distribution Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAuc <em>Shifted Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAucLower <em>Shifted Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getShiftedAucUpper <em>Shifted Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAuc <em>Masked Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucLower <em>Masked Delta Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucUpper <em>Masked Delta Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getMaskedPValue <em>Masked PValue</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getAttentionShare <em>Attention Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getAttentionShareLower <em>Attention Share Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getAttentionShareUpper <em>Attention Share Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroup <em>Worst Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAuc <em>Worst Group Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucLower <em>Worst Group Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucUpper <em>Worst Group Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGap <em>Tpr Gap</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGapLower <em>Tpr Gap Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.StudyArm#getTprGapUpper <em>Tpr Gap Upper</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getStudyArm()
 * @model
 * @generated
 */
public interface StudyArm extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed Run Paths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The run file of every seed of the arm, the first seed's first (runPath is the first).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed Run Paths</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_SeedRunPaths()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSeedRunPaths();

	/**
	 * Returns the value of the '<em><b>In Distribution Auc Seed Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The test AUC's mean over the seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Distribution Auc Seed Mean</em>' attribute.
	 * @see #setInDistributionAucSeedMean(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAucSeedMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getInDistributionAucSeedMean();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedMean <em>In Distribution Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc Seed Mean</em>' attribute.
	 * @see #getInDistributionAucSeedMean()
	 * @generated
	 */
	void setInDistributionAucSeedMean(double value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc Seed Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Distribution Auc Seed Lower</em>' attribute.
	 * @see #setInDistributionAucSeedLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAucSeedLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getInDistributionAucSeedLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedLower <em>In Distribution Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc Seed Lower</em>' attribute.
	 * @see #getInDistributionAucSeedLower()
	 * @generated
	 */
	void setInDistributionAucSeedLower(double value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc Seed Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>In Distribution Auc Seed Upper</em>' attribute.
	 * @see #setInDistributionAucSeedUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAucSeedUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getInDistributionAucSeedUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedUpper <em>In Distribution Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc Seed Upper</em>' attribute.
	 * @see #getInDistributionAucSeedUpper()
	 * @generated
	 */
	void setInDistributionAucSeedUpper(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc Seed Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shifted-set AUC's mean over the seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shifted Auc Seed Mean</em>' attribute.
	 * @see #setShiftedAucSeedMean(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAucSeedMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getShiftedAucSeedMean();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedMean <em>Shifted Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc Seed Mean</em>' attribute.
	 * @see #getShiftedAucSeedMean()
	 * @generated
	 */
	void setShiftedAucSeedMean(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc Seed Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shifted Auc Seed Lower</em>' attribute.
	 * @see #setShiftedAucSeedLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAucSeedLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getShiftedAucSeedLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedLower <em>Shifted Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc Seed Lower</em>' attribute.
	 * @see #getShiftedAucSeedLower()
	 * @generated
	 */
	void setShiftedAucSeedLower(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc Seed Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shifted Auc Seed Upper</em>' attribute.
	 * @see #setShiftedAucSeedUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAucSeedUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getShiftedAucSeedUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedUpper <em>Shifted Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc Seed Upper</em>' attribute.
	 * @see #getShiftedAucSeedUpper()
	 * @generated
	 */
	void setShiftedAucSeedUpper(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc Seed Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The masked ΔAUC's mean over the seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked Delta Auc Seed Mean</em>' attribute.
	 * @see #setMaskedDeltaAucSeedMean(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAucSeedMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getMaskedDeltaAucSeedMean();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedMean <em>Masked Delta Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc Seed Mean</em>' attribute.
	 * @see #getMaskedDeltaAucSeedMean()
	 * @generated
	 */
	void setMaskedDeltaAucSeedMean(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc Seed Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked Delta Auc Seed Lower</em>' attribute.
	 * @see #setMaskedDeltaAucSeedLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAucSeedLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getMaskedDeltaAucSeedLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedLower <em>Masked Delta Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc Seed Lower</em>' attribute.
	 * @see #getMaskedDeltaAucSeedLower()
	 * @generated
	 */
	void setMaskedDeltaAucSeedLower(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc Seed Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked Delta Auc Seed Upper</em>' attribute.
	 * @see #setMaskedDeltaAucSeedUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAucSeedUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getMaskedDeltaAucSeedUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedUpper <em>Masked Delta Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc Seed Upper</em>' attribute.
	 * @see #getMaskedDeltaAucSeedUpper()
	 * @generated
	 */
	void setMaskedDeltaAucSeedUpper(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Seed Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The worst group's AUC's mean over the seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Group Auc Seed Mean</em>' attribute.
	 * @see #setWorstGroupAucSeedMean(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAucSeedMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getWorstGroupAucSeedMean();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedMean <em>Worst Group Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Seed Mean</em>' attribute.
	 * @see #getWorstGroupAucSeedMean()
	 * @generated
	 */
	void setWorstGroupAucSeedMean(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Seed Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Group Auc Seed Lower</em>' attribute.
	 * @see #setWorstGroupAucSeedLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAucSeedLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getWorstGroupAucSeedLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedLower <em>Worst Group Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Seed Lower</em>' attribute.
	 * @see #getWorstGroupAucSeedLower()
	 * @generated
	 */
	void setWorstGroupAucSeedLower(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Seed Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Group Auc Seed Upper</em>' attribute.
	 * @see #setWorstGroupAucSeedUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAucSeedUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getWorstGroupAucSeedUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedUpper <em>Worst Group Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Seed Upper</em>' attribute.
	 * @see #getWorstGroupAucSeedUpper()
	 * @generated
	 */
	void setWorstGroupAucSeedUpper(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap Seed Mean</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TPR gap's mean over the seeds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpr Gap Seed Mean</em>' attribute.
	 * @see #setTprGapSeedMean(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGapSeedMean()
	 * @model default="NaN"
	 * @generated
	 */
	double getTprGapSeedMean();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedMean <em>Tpr Gap Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap Seed Mean</em>' attribute.
	 * @see #getTprGapSeedMean()
	 * @generated
	 */
	void setTprGapSeedMean(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap Seed Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpr Gap Seed Lower</em>' attribute.
	 * @see #setTprGapSeedLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGapSeedLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getTprGapSeedLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedLower <em>Tpr Gap Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap Seed Lower</em>' attribute.
	 * @see #getTprGapSeedLower()
	 * @generated
	 */
	void setTprGapSeedLower(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap Seed Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its t interval over the seeds (NaN with one seed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpr Gap Seed Upper</em>' attribute.
	 * @see #setTprGapSeedUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGapSeedUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getTprGapSeedUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedUpper <em>Tpr Gap Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap Seed Upper</em>' attribute.
	 * @see #getTprGapSeedUpper()
	 * @generated
	 */
	void setTprGapSeedUpper(double value);

	/**
	 * Returns the value of the '<em><b>Failed To Learn</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arm did not learn: its validation AUC never beat 0.5, or its validation loss never fell below that of a constant predictor at the training prevalence. Its results are no mitigation result.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failed To Learn</em>' attribute.
	 * @see #setFailedToLearn(boolean)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_FailedToLearn()
	 * @model default="false"
	 * @generated
	 */
	boolean isFailedToLearn();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#isFailedToLearn <em>Failed To Learn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failed To Learn</em>' attribute.
	 * @see #isFailedToLearn()
	 * @generated
	 */
	void setFailedToLearn(boolean value);

	/**
	 * Returns the value of the '<em><b>Learning Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the arm counts as failed to learn, with its numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Note</em>' attribute.
	 * @see #setLearningNote(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_LearningNote()
	 * @model
	 * @generated
	 */
	String getLearningNote();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getLearningNote <em>Learning Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Note</em>' attribute.
	 * @see #getLearningNote()
	 * @generated
	 */
	void setLearningNote(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"BASELINE"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.ArmKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.run.ArmKind
	 * @see #setKind(ArmKind)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_Kind()
	 * @model default="BASELINE"
	 * @generated
	 */
	ArmKind getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.run.ArmKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArmKind value);

	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Run Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The arm's run file, relative to the study file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Run Path</em>' attribute.
	 * @see #setRunPath(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_RunPath()
	 * @model
	 * @generated
	 */
	String getRunPath();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getRunPath <em>Run Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Path</em>' attribute.
	 * @see #getRunPath()
	 * @generated
	 */
	void setRunPath(String value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Distribution Auc</em>' attribute.
	 * @see #setInDistributionAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getInDistributionAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAuc <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc</em>' attribute.
	 * @see #getInDistributionAuc()
	 * @generated
	 */
	void setInDistributionAuc(double value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Distribution Auc Lower</em>' attribute.
	 * @see #setInDistributionAucLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAucLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getInDistributionAucLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucLower <em>In Distribution Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc Lower</em>' attribute.
	 * @see #getInDistributionAucLower()
	 * @generated
	 */
	void setInDistributionAucLower(double value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Distribution Auc Upper</em>' attribute.
	 * @see #setInDistributionAucUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_InDistributionAucUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getInDistributionAucUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucUpper <em>In Distribution Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc Upper</em>' attribute.
	 * @see #getInDistributionAucUpper()
	 * @generated
	 */
	void setInDistributionAucUpper(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shifted Auc</em>' attribute.
	 * @see #setShiftedAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getShiftedAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAuc <em>Shifted Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc</em>' attribute.
	 * @see #getShiftedAuc()
	 * @generated
	 */
	void setShiftedAuc(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shifted Auc Lower</em>' attribute.
	 * @see #setShiftedAucLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAucLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getShiftedAucLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAucLower <em>Shifted Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc Lower</em>' attribute.
	 * @see #getShiftedAucLower()
	 * @generated
	 */
	void setShiftedAucLower(double value);

	/**
	 * Returns the value of the '<em><b>Shifted Auc Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shifted Auc Upper</em>' attribute.
	 * @see #setShiftedAucUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_ShiftedAucUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getShiftedAucUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getShiftedAucUpper <em>Shifted Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shifted Auc Upper</em>' attribute.
	 * @see #getShiftedAucUpper()
	 * @generated
	 */
	void setShiftedAucUpper(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * AUC with the suspected regions masked at test time minus the AUC on the images as they are (paired DeLong interval).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked Delta Auc</em>' attribute.
	 * @see #setMaskedDeltaAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getMaskedDeltaAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAuc <em>Masked Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc</em>' attribute.
	 * @see #getMaskedDeltaAuc()
	 * @generated
	 */
	void setMaskedDeltaAuc(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masked Delta Auc Lower</em>' attribute.
	 * @see #setMaskedDeltaAucLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAucLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getMaskedDeltaAucLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucLower <em>Masked Delta Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc Lower</em>' attribute.
	 * @see #getMaskedDeltaAucLower()
	 * @generated
	 */
	void setMaskedDeltaAucLower(double value);

	/**
	 * Returns the value of the '<em><b>Masked Delta Auc Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masked Delta Auc Upper</em>' attribute.
	 * @see #setMaskedDeltaAucUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedDeltaAucUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getMaskedDeltaAucUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucUpper <em>Masked Delta Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Delta Auc Upper</em>' attribute.
	 * @see #getMaskedDeltaAucUpper()
	 * @generated
	 */
	void setMaskedDeltaAucUpper(double value);

	/**
	 * Returns the value of the '<em><b>Masked PValue</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Masked PValue</em>' attribute.
	 * @see #setMaskedPValue(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_MaskedPValue()
	 * @model default="1.0"
	 * @generated
	 */
	double getMaskedPValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getMaskedPValue <em>Masked PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked PValue</em>' attribute.
	 * @see #getMaskedPValue()
	 * @generated
	 */
	void setMaskedPValue(double value);

	/**
	 * Returns the value of the '<em><b>Attention Share</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean share of Grad-CAM attention on the suspected region, with its bootstrap interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attention Share</em>' attribute.
	 * @see #setAttentionShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_AttentionShare()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttentionShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getAttentionShare <em>Attention Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attention Share</em>' attribute.
	 * @see #getAttentionShare()
	 * @generated
	 */
	void setAttentionShare(double value);

	/**
	 * Returns the value of the '<em><b>Attention Share Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attention Share Lower</em>' attribute.
	 * @see #setAttentionShareLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_AttentionShareLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttentionShareLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getAttentionShareLower <em>Attention Share Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attention Share Lower</em>' attribute.
	 * @see #getAttentionShareLower()
	 * @generated
	 */
	void setAttentionShareLower(double value);

	/**
	 * Returns the value of the '<em><b>Attention Share Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attention Share Upper</em>' attribute.
	 * @see #setAttentionShareUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_AttentionShareUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttentionShareUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getAttentionShareUpper <em>Attention Share Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attention Share Upper</em>' attribute.
	 * @see #getAttentionShareUpper()
	 * @generated
	 */
	void setAttentionShareUpper(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Group</em>' attribute.
	 * @see #setWorstGroup(String)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroup()
	 * @model
	 * @generated
	 */
	String getWorstGroup();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroup <em>Worst Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group</em>' attribute.
	 * @see #getWorstGroup()
	 * @generated
	 */
	void setWorstGroup(String value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Group Auc</em>' attribute.
	 * @see #setWorstGroupAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getWorstGroupAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAuc <em>Worst Group Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc</em>' attribute.
	 * @see #getWorstGroupAuc()
	 * @generated
	 */
	void setWorstGroupAuc(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Group Auc Lower</em>' attribute.
	 * @see #setWorstGroupAucLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAucLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getWorstGroupAucLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucLower <em>Worst Group Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Lower</em>' attribute.
	 * @see #getWorstGroupAucLower()
	 * @generated
	 */
	void setWorstGroupAucLower(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Group Auc Upper</em>' attribute.
	 * @see #setWorstGroupAucUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_WorstGroupAucUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getWorstGroupAucUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucUpper <em>Worst Group Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Upper</em>' attribute.
	 * @see #getWorstGroupAucUpper()
	 * @generated
	 */
	void setWorstGroupAucUpper(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest minus smallest true positive rate over the subgroups of the shift grouping, at the arm's threshold, with a stratified bootstrap interval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tpr Gap</em>' attribute.
	 * @see #setTprGap(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGap()
	 * @model default="0.0"
	 * @generated
	 */
	double getTprGap();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGap <em>Tpr Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap</em>' attribute.
	 * @see #getTprGap()
	 * @generated
	 */
	void setTprGap(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tpr Gap Lower</em>' attribute.
	 * @see #setTprGapLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGapLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getTprGapLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGapLower <em>Tpr Gap Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap Lower</em>' attribute.
	 * @see #getTprGapLower()
	 * @generated
	 */
	void setTprGapLower(double value);

	/**
	 * Returns the value of the '<em><b>Tpr Gap Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tpr Gap Upper</em>' attribute.
	 * @see #setTprGapUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getStudyArm_TprGapUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getTprGapUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.StudyArm#getTprGapUpper <em>Tpr Gap Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr Gap Upper</em>' attribute.
	 * @see #getTprGapUpper()
	 * @generated
	 */
	void setTprGapUpper(double value);

} // StudyArm
