/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.StudyArm;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study Arm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getSeedRunPaths <em>Seed Run Paths</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAucSeedMean <em>In Distribution Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAucSeedLower <em>In Distribution Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAucSeedUpper <em>In Distribution Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAucSeedMean <em>Shifted Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAucSeedLower <em>Shifted Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAucSeedUpper <em>Shifted Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAucSeedMean <em>Masked Delta Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAucSeedLower <em>Masked Delta Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAucSeedUpper <em>Masked Delta Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAucSeedMean <em>Worst Group Auc Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAucSeedLower <em>Worst Group Auc Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAucSeedUpper <em>Worst Group Auc Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGapSeedMean <em>Tpr Gap Seed Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGapSeedLower <em>Tpr Gap Seed Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGapSeedUpper <em>Tpr Gap Seed Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#isFailedToLearn <em>Failed To Learn</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getLearningNote <em>Learning Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getRunPath <em>Run Path</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAuc <em>In Distribution Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAucLower <em>In Distribution Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getInDistributionAucUpper <em>In Distribution Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAuc <em>Shifted Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAucLower <em>Shifted Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getShiftedAucUpper <em>Shifted Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAuc <em>Masked Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAucLower <em>Masked Delta Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedDeltaAucUpper <em>Masked Delta Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getMaskedPValue <em>Masked PValue</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getAttentionShare <em>Attention Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getAttentionShareLower <em>Attention Share Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getAttentionShareUpper <em>Attention Share Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroup <em>Worst Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAuc <em>Worst Group Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAucLower <em>Worst Group Auc Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getWorstGroupAucUpper <em>Worst Group Auc Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGap <em>Tpr Gap</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGapLower <em>Tpr Gap Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.StudyArmImpl#getTprGapUpper <em>Tpr Gap Upper</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyArmImpl extends EObjectImpl implements StudyArm {
	/**
	 * The cached value of the '{@link #getSeedRunPaths() <em>Seed Run Paths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeedRunPaths()
	 * @generated
	 * @ordered
	 */
	protected EList<String> seedRunPaths;

	/**
	 * The default value of the '{@link #getInDistributionAucSeedMean() <em>In Distribution Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_SEED_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getInDistributionAucSeedMean() <em>In Distribution Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAucSeedMean = IN_DISTRIBUTION_AUC_SEED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAucSeedLower() <em>In Distribution Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_SEED_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getInDistributionAucSeedLower() <em>In Distribution Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAucSeedLower = IN_DISTRIBUTION_AUC_SEED_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAucSeedUpper() <em>In Distribution Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_SEED_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getInDistributionAucSeedUpper() <em>In Distribution Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAucSeedUpper = IN_DISTRIBUTION_AUC_SEED_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAucSeedMean() <em>Shifted Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_SEED_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getShiftedAucSeedMean() <em>Shifted Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAucSeedMean = SHIFTED_AUC_SEED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAucSeedLower() <em>Shifted Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_SEED_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getShiftedAucSeedLower() <em>Shifted Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAucSeedLower = SHIFTED_AUC_SEED_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAucSeedUpper() <em>Shifted Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_SEED_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getShiftedAucSeedUpper() <em>Shifted Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAucSeedUpper = SHIFTED_AUC_SEED_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAucSeedMean() <em>Masked Delta Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_SEED_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAucSeedMean() <em>Masked Delta Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAucSeedMean = MASKED_DELTA_AUC_SEED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAucSeedLower() <em>Masked Delta Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_SEED_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAucSeedLower() <em>Masked Delta Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAucSeedLower = MASKED_DELTA_AUC_SEED_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAucSeedUpper() <em>Masked Delta Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_SEED_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAucSeedUpper() <em>Masked Delta Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAucSeedUpper = MASKED_DELTA_AUC_SEED_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucSeedMean() <em>Worst Group Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_SEED_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getWorstGroupAucSeedMean() <em>Worst Group Auc Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedMean()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucSeedMean = WORST_GROUP_AUC_SEED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucSeedLower() <em>Worst Group Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_SEED_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getWorstGroupAucSeedLower() <em>Worst Group Auc Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedLower()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucSeedLower = WORST_GROUP_AUC_SEED_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucSeedUpper() <em>Worst Group Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_SEED_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getWorstGroupAucSeedUpper() <em>Worst Group Auc Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucSeedUpper = WORST_GROUP_AUC_SEED_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGapSeedMean() <em>Tpr Gap Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedMean()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_SEED_MEAN_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTprGapSeedMean() <em>Tpr Gap Seed Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedMean()
	 * @generated
	 * @ordered
	 */
	protected double tprGapSeedMean = TPR_GAP_SEED_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGapSeedLower() <em>Tpr Gap Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedLower()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_SEED_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTprGapSeedLower() <em>Tpr Gap Seed Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedLower()
	 * @generated
	 * @ordered
	 */
	protected double tprGapSeedLower = TPR_GAP_SEED_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGapSeedUpper() <em>Tpr Gap Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_SEED_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTprGapSeedUpper() <em>Tpr Gap Seed Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapSeedUpper()
	 * @generated
	 * @ordered
	 */
	protected double tprGapSeedUpper = TPR_GAP_SEED_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #isFailedToLearn() <em>Failed To Learn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFailedToLearn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FAILED_TO_LEARN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFailedToLearn() <em>Failed To Learn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFailedToLearn()
	 * @generated
	 * @ordered
	 */
	protected boolean failedToLearn = FAILED_TO_LEARN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningNote() <em>Learning Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningNote()
	 * @generated
	 * @ordered
	 */
	protected static final String LEARNING_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLearningNote() <em>Learning Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningNote()
	 * @generated
	 * @ordered
	 */
	protected String learningNote = LEARNING_NOTE_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ArmKind KIND_EDEFAULT = ArmKind.BASELINE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ArmKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunPath() <em>Run Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunPath()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunPath() <em>Run Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunPath()
	 * @generated
	 * @ordered
	 */
	protected String runPath = RUN_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAuc() <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInDistributionAuc() <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAuc()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAuc = IN_DISTRIBUTION_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAucLower() <em>In Distribution Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucLower()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInDistributionAucLower() <em>In Distribution Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucLower()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAucLower = IN_DISTRIBUTION_AUC_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAucUpper() <em>In Distribution Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInDistributionAucUpper() <em>In Distribution Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAucUpper()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAucUpper = IN_DISTRIBUTION_AUC_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAuc() <em>Shifted Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShiftedAuc() <em>Shifted Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAuc()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAuc = SHIFTED_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAucLower() <em>Shifted Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucLower()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShiftedAucLower() <em>Shifted Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucLower()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAucLower = SHIFTED_AUC_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getShiftedAucUpper() <em>Shifted Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double SHIFTED_AUC_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShiftedAucUpper() <em>Shifted Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShiftedAucUpper()
	 * @generated
	 * @ordered
	 */
	protected double shiftedAucUpper = SHIFTED_AUC_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAuc() <em>Masked Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAuc() <em>Masked Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAuc = MASKED_DELTA_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAucLower() <em>Masked Delta Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucLower()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAucLower() <em>Masked Delta Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucLower()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAucLower = MASKED_DELTA_AUC_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedDeltaAucUpper() <em>Masked Delta Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_DELTA_AUC_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaskedDeltaAucUpper() <em>Masked Delta Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedDeltaAucUpper()
	 * @generated
	 * @ordered
	 */
	protected double maskedDeltaAucUpper = MASKED_DELTA_AUC_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskedPValue() <em>Masked PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedPValue()
	 * @generated
	 * @ordered
	 */
	protected static final double MASKED_PVALUE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getMaskedPValue() <em>Masked PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskedPValue()
	 * @generated
	 * @ordered
	 */
	protected double maskedPValue = MASKED_PVALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttentionShare() <em>Attention Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShare()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTENTION_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttentionShare() <em>Attention Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShare()
	 * @generated
	 * @ordered
	 */
	protected double attentionShare = ATTENTION_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttentionShareLower() <em>Attention Share Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShareLower()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTENTION_SHARE_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttentionShareLower() <em>Attention Share Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShareLower()
	 * @generated
	 * @ordered
	 */
	protected double attentionShareLower = ATTENTION_SHARE_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttentionShareUpper() <em>Attention Share Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShareUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTENTION_SHARE_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttentionShareUpper() <em>Attention Share Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionShareUpper()
	 * @generated
	 * @ordered
	 */
	protected double attentionShareUpper = ATTENTION_SHARE_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroup() <em>Worst Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String WORST_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorstGroup() <em>Worst Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroup()
	 * @generated
	 * @ordered
	 */
	protected String worstGroup = WORST_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAuc() <em>Worst Group Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWorstGroupAuc() <em>Worst Group Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAuc()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAuc = WORST_GROUP_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucLower() <em>Worst Group Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucLower()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWorstGroupAucLower() <em>Worst Group Auc Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucLower()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucLower = WORST_GROUP_AUC_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucUpper() <em>Worst Group Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWorstGroupAucUpper() <em>Worst Group Auc Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucUpper()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucUpper = WORST_GROUP_AUC_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGap() <em>Tpr Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGap()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTprGap() <em>Tpr Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGap()
	 * @generated
	 * @ordered
	 */
	protected double tprGap = TPR_GAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGapLower() <em>Tpr Gap Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapLower()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTprGapLower() <em>Tpr Gap Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapLower()
	 * @generated
	 * @ordered
	 */
	protected double tprGapLower = TPR_GAP_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTprGapUpper() <em>Tpr Gap Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_GAP_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTprGapUpper() <em>Tpr Gap Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTprGapUpper()
	 * @generated
	 * @ordered
	 */
	protected double tprGapUpper = TPR_GAP_UPPER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyArmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.STUDY_ARM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSeedRunPaths() {
		if (seedRunPaths == null) {
			seedRunPaths = new EDataTypeEList<String>(String.class, this, RunPackage.STUDY_ARM__SEED_RUN_PATHS);
		}
		return seedRunPaths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAucSeedMean() {
		return inDistributionAucSeedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAucSeedMean(double newInDistributionAucSeedMean) {
		double oldInDistributionAucSeedMean = inDistributionAucSeedMean;
		inDistributionAucSeedMean = newInDistributionAucSeedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN, oldInDistributionAucSeedMean, inDistributionAucSeedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAucSeedLower() {
		return inDistributionAucSeedLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAucSeedLower(double newInDistributionAucSeedLower) {
		double oldInDistributionAucSeedLower = inDistributionAucSeedLower;
		inDistributionAucSeedLower = newInDistributionAucSeedLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER, oldInDistributionAucSeedLower, inDistributionAucSeedLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAucSeedUpper() {
		return inDistributionAucSeedUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAucSeedUpper(double newInDistributionAucSeedUpper) {
		double oldInDistributionAucSeedUpper = inDistributionAucSeedUpper;
		inDistributionAucSeedUpper = newInDistributionAucSeedUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER, oldInDistributionAucSeedUpper, inDistributionAucSeedUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAucSeedMean() {
		return shiftedAucSeedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAucSeedMean(double newShiftedAucSeedMean) {
		double oldShiftedAucSeedMean = shiftedAucSeedMean;
		shiftedAucSeedMean = newShiftedAucSeedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_MEAN, oldShiftedAucSeedMean, shiftedAucSeedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAucSeedLower() {
		return shiftedAucSeedLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAucSeedLower(double newShiftedAucSeedLower) {
		double oldShiftedAucSeedLower = shiftedAucSeedLower;
		shiftedAucSeedLower = newShiftedAucSeedLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_LOWER, oldShiftedAucSeedLower, shiftedAucSeedLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAucSeedUpper() {
		return shiftedAucSeedUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAucSeedUpper(double newShiftedAucSeedUpper) {
		double oldShiftedAucSeedUpper = shiftedAucSeedUpper;
		shiftedAucSeedUpper = newShiftedAucSeedUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_UPPER, oldShiftedAucSeedUpper, shiftedAucSeedUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAucSeedMean() {
		return maskedDeltaAucSeedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAucSeedMean(double newMaskedDeltaAucSeedMean) {
		double oldMaskedDeltaAucSeedMean = maskedDeltaAucSeedMean;
		maskedDeltaAucSeedMean = newMaskedDeltaAucSeedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN, oldMaskedDeltaAucSeedMean, maskedDeltaAucSeedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAucSeedLower() {
		return maskedDeltaAucSeedLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAucSeedLower(double newMaskedDeltaAucSeedLower) {
		double oldMaskedDeltaAucSeedLower = maskedDeltaAucSeedLower;
		maskedDeltaAucSeedLower = newMaskedDeltaAucSeedLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER, oldMaskedDeltaAucSeedLower, maskedDeltaAucSeedLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAucSeedUpper() {
		return maskedDeltaAucSeedUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAucSeedUpper(double newMaskedDeltaAucSeedUpper) {
		double oldMaskedDeltaAucSeedUpper = maskedDeltaAucSeedUpper;
		maskedDeltaAucSeedUpper = newMaskedDeltaAucSeedUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER, oldMaskedDeltaAucSeedUpper, maskedDeltaAucSeedUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucSeedMean() {
		return worstGroupAucSeedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucSeedMean(double newWorstGroupAucSeedMean) {
		double oldWorstGroupAucSeedMean = worstGroupAucSeedMean;
		worstGroupAucSeedMean = newWorstGroupAucSeedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN, oldWorstGroupAucSeedMean, worstGroupAucSeedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucSeedLower() {
		return worstGroupAucSeedLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucSeedLower(double newWorstGroupAucSeedLower) {
		double oldWorstGroupAucSeedLower = worstGroupAucSeedLower;
		worstGroupAucSeedLower = newWorstGroupAucSeedLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER, oldWorstGroupAucSeedLower, worstGroupAucSeedLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucSeedUpper() {
		return worstGroupAucSeedUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucSeedUpper(double newWorstGroupAucSeedUpper) {
		double oldWorstGroupAucSeedUpper = worstGroupAucSeedUpper;
		worstGroupAucSeedUpper = newWorstGroupAucSeedUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER, oldWorstGroupAucSeedUpper, worstGroupAucSeedUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGapSeedMean() {
		return tprGapSeedMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGapSeedMean(double newTprGapSeedMean) {
		double oldTprGapSeedMean = tprGapSeedMean;
		tprGapSeedMean = newTprGapSeedMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP_SEED_MEAN, oldTprGapSeedMean, tprGapSeedMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGapSeedLower() {
		return tprGapSeedLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGapSeedLower(double newTprGapSeedLower) {
		double oldTprGapSeedLower = tprGapSeedLower;
		tprGapSeedLower = newTprGapSeedLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP_SEED_LOWER, oldTprGapSeedLower, tprGapSeedLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGapSeedUpper() {
		return tprGapSeedUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGapSeedUpper(double newTprGapSeedUpper) {
		double oldTprGapSeedUpper = tprGapSeedUpper;
		tprGapSeedUpper = newTprGapSeedUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP_SEED_UPPER, oldTprGapSeedUpper, tprGapSeedUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFailedToLearn() {
		return failedToLearn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailedToLearn(boolean newFailedToLearn) {
		boolean oldFailedToLearn = failedToLearn;
		failedToLearn = newFailedToLearn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__FAILED_TO_LEARN, oldFailedToLearn, failedToLearn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLearningNote() {
		return learningNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningNote(String newLearningNote) {
		String oldLearningNote = learningNote;
		learningNote = newLearningNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__LEARNING_NOTE, oldLearningNote, learningNote));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArmKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ArmKind newKind) {
		ArmKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId() {
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId) {
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunPath() {
		return runPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunPath(String newRunPath) {
		String oldRunPath = runPath;
		runPath = newRunPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__RUN_PATH, oldRunPath, runPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAuc() {
		return inDistributionAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAuc(double newInDistributionAuc) {
		double oldInDistributionAuc = inDistributionAuc;
		inDistributionAuc = newInDistributionAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC, oldInDistributionAuc, inDistributionAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAucLower() {
		return inDistributionAucLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAucLower(double newInDistributionAucLower) {
		double oldInDistributionAucLower = inDistributionAucLower;
		inDistributionAucLower = newInDistributionAucLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER, oldInDistributionAucLower, inDistributionAucLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAucUpper() {
		return inDistributionAucUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAucUpper(double newInDistributionAucUpper) {
		double oldInDistributionAucUpper = inDistributionAucUpper;
		inDistributionAucUpper = newInDistributionAucUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER, oldInDistributionAucUpper, inDistributionAucUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAuc() {
		return shiftedAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAuc(double newShiftedAuc) {
		double oldShiftedAuc = shiftedAuc;
		shiftedAuc = newShiftedAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC, oldShiftedAuc, shiftedAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAucLower() {
		return shiftedAucLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAucLower(double newShiftedAucLower) {
		double oldShiftedAucLower = shiftedAucLower;
		shiftedAucLower = newShiftedAucLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC_LOWER, oldShiftedAucLower, shiftedAucLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShiftedAucUpper() {
		return shiftedAucUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShiftedAucUpper(double newShiftedAucUpper) {
		double oldShiftedAucUpper = shiftedAucUpper;
		shiftedAucUpper = newShiftedAucUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__SHIFTED_AUC_UPPER, oldShiftedAucUpper, shiftedAucUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAuc() {
		return maskedDeltaAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAuc(double newMaskedDeltaAuc) {
		double oldMaskedDeltaAuc = maskedDeltaAuc;
		maskedDeltaAuc = newMaskedDeltaAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC, oldMaskedDeltaAuc, maskedDeltaAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAucLower() {
		return maskedDeltaAucLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAucLower(double newMaskedDeltaAucLower) {
		double oldMaskedDeltaAucLower = maskedDeltaAucLower;
		maskedDeltaAucLower = newMaskedDeltaAucLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC_LOWER, oldMaskedDeltaAucLower, maskedDeltaAucLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedDeltaAucUpper() {
		return maskedDeltaAucUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedDeltaAucUpper(double newMaskedDeltaAucUpper) {
		double oldMaskedDeltaAucUpper = maskedDeltaAucUpper;
		maskedDeltaAucUpper = newMaskedDeltaAucUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_DELTA_AUC_UPPER, oldMaskedDeltaAucUpper, maskedDeltaAucUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaskedPValue() {
		return maskedPValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedPValue(double newMaskedPValue) {
		double oldMaskedPValue = maskedPValue;
		maskedPValue = newMaskedPValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__MASKED_PVALUE, oldMaskedPValue, maskedPValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttentionShare() {
		return attentionShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttentionShare(double newAttentionShare) {
		double oldAttentionShare = attentionShare;
		attentionShare = newAttentionShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__ATTENTION_SHARE, oldAttentionShare, attentionShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttentionShareLower() {
		return attentionShareLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttentionShareLower(double newAttentionShareLower) {
		double oldAttentionShareLower = attentionShareLower;
		attentionShareLower = newAttentionShareLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__ATTENTION_SHARE_LOWER, oldAttentionShareLower, attentionShareLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttentionShareUpper() {
		return attentionShareUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttentionShareUpper(double newAttentionShareUpper) {
		double oldAttentionShareUpper = attentionShareUpper;
		attentionShareUpper = newAttentionShareUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__ATTENTION_SHARE_UPPER, oldAttentionShareUpper, attentionShareUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorstGroup() {
		return worstGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroup(String newWorstGroup) {
		String oldWorstGroup = worstGroup;
		worstGroup = newWorstGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP, oldWorstGroup, worstGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAuc() {
		return worstGroupAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAuc(double newWorstGroupAuc) {
		double oldWorstGroupAuc = worstGroupAuc;
		worstGroupAuc = newWorstGroupAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC, oldWorstGroupAuc, worstGroupAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucLower() {
		return worstGroupAucLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucLower(double newWorstGroupAucLower) {
		double oldWorstGroupAucLower = worstGroupAucLower;
		worstGroupAucLower = newWorstGroupAucLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC_LOWER, oldWorstGroupAucLower, worstGroupAucLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucUpper() {
		return worstGroupAucUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucUpper(double newWorstGroupAucUpper) {
		double oldWorstGroupAucUpper = worstGroupAucUpper;
		worstGroupAucUpper = newWorstGroupAucUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__WORST_GROUP_AUC_UPPER, oldWorstGroupAucUpper, worstGroupAucUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGap() {
		return tprGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGap(double newTprGap) {
		double oldTprGap = tprGap;
		tprGap = newTprGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP, oldTprGap, tprGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGapLower() {
		return tprGapLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGapLower(double newTprGapLower) {
		double oldTprGapLower = tprGapLower;
		tprGapLower = newTprGapLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP_LOWER, oldTprGapLower, tprGapLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTprGapUpper() {
		return tprGapUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTprGapUpper(double newTprGapUpper) {
		double oldTprGapUpper = tprGapUpper;
		tprGapUpper = newTprGapUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.STUDY_ARM__TPR_GAP_UPPER, oldTprGapUpper, tprGapUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.STUDY_ARM__SEED_RUN_PATHS:
				return getSeedRunPaths();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN:
				return getInDistributionAucSeedMean();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER:
				return getInDistributionAucSeedLower();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER:
				return getInDistributionAucSeedUpper();
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_MEAN:
				return getShiftedAucSeedMean();
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_LOWER:
				return getShiftedAucSeedLower();
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_UPPER:
				return getShiftedAucSeedUpper();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN:
				return getMaskedDeltaAucSeedMean();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER:
				return getMaskedDeltaAucSeedLower();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER:
				return getMaskedDeltaAucSeedUpper();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN:
				return getWorstGroupAucSeedMean();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER:
				return getWorstGroupAucSeedLower();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER:
				return getWorstGroupAucSeedUpper();
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_MEAN:
				return getTprGapSeedMean();
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_LOWER:
				return getTprGapSeedLower();
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_UPPER:
				return getTprGapSeedUpper();
			case RunPackage.STUDY_ARM__FAILED_TO_LEARN:
				return isFailedToLearn();
			case RunPackage.STUDY_ARM__LEARNING_NOTE:
				return getLearningNote();
			case RunPackage.STUDY_ARM__NAME:
				return getName();
			case RunPackage.STUDY_ARM__KIND:
				return getKind();
			case RunPackage.STUDY_ARM__RUN_ID:
				return getRunId();
			case RunPackage.STUDY_ARM__RUN_PATH:
				return getRunPath();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC:
				return getInDistributionAuc();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER:
				return getInDistributionAucLower();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER:
				return getInDistributionAucUpper();
			case RunPackage.STUDY_ARM__SHIFTED_AUC:
				return getShiftedAuc();
			case RunPackage.STUDY_ARM__SHIFTED_AUC_LOWER:
				return getShiftedAucLower();
			case RunPackage.STUDY_ARM__SHIFTED_AUC_UPPER:
				return getShiftedAucUpper();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC:
				return getMaskedDeltaAuc();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_LOWER:
				return getMaskedDeltaAucLower();
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_UPPER:
				return getMaskedDeltaAucUpper();
			case RunPackage.STUDY_ARM__MASKED_PVALUE:
				return getMaskedPValue();
			case RunPackage.STUDY_ARM__ATTENTION_SHARE:
				return getAttentionShare();
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_LOWER:
				return getAttentionShareLower();
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_UPPER:
				return getAttentionShareUpper();
			case RunPackage.STUDY_ARM__WORST_GROUP:
				return getWorstGroup();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC:
				return getWorstGroupAuc();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_LOWER:
				return getWorstGroupAucLower();
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_UPPER:
				return getWorstGroupAucUpper();
			case RunPackage.STUDY_ARM__TPR_GAP:
				return getTprGap();
			case RunPackage.STUDY_ARM__TPR_GAP_LOWER:
				return getTprGapLower();
			case RunPackage.STUDY_ARM__TPR_GAP_UPPER:
				return getTprGapUpper();
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
			case RunPackage.STUDY_ARM__SEED_RUN_PATHS:
				getSeedRunPaths().clear();
				getSeedRunPaths().addAll((Collection<? extends String>)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN:
				setInDistributionAucSeedMean((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER:
				setInDistributionAucSeedLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER:
				setInDistributionAucSeedUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_MEAN:
				setShiftedAucSeedMean((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_LOWER:
				setShiftedAucSeedLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_UPPER:
				setShiftedAucSeedUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN:
				setMaskedDeltaAucSeedMean((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER:
				setMaskedDeltaAucSeedLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER:
				setMaskedDeltaAucSeedUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN:
				setWorstGroupAucSeedMean((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER:
				setWorstGroupAucSeedLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER:
				setWorstGroupAucSeedUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_MEAN:
				setTprGapSeedMean((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_LOWER:
				setTprGapSeedLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_UPPER:
				setTprGapSeedUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__FAILED_TO_LEARN:
				setFailedToLearn((Boolean)newValue);
				return;
			case RunPackage.STUDY_ARM__LEARNING_NOTE:
				setLearningNote((String)newValue);
				return;
			case RunPackage.STUDY_ARM__NAME:
				setName((String)newValue);
				return;
			case RunPackage.STUDY_ARM__KIND:
				setKind((ArmKind)newValue);
				return;
			case RunPackage.STUDY_ARM__RUN_ID:
				setRunId((String)newValue);
				return;
			case RunPackage.STUDY_ARM__RUN_PATH:
				setRunPath((String)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC:
				setInDistributionAuc((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER:
				setInDistributionAucLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER:
				setInDistributionAucUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC:
				setShiftedAuc((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_LOWER:
				setShiftedAucLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_UPPER:
				setShiftedAucUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC:
				setMaskedDeltaAuc((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_LOWER:
				setMaskedDeltaAucLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_UPPER:
				setMaskedDeltaAucUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__MASKED_PVALUE:
				setMaskedPValue((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE:
				setAttentionShare((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_LOWER:
				setAttentionShareLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_UPPER:
				setAttentionShareUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP:
				setWorstGroup((String)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC:
				setWorstGroupAuc((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_LOWER:
				setWorstGroupAucLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_UPPER:
				setWorstGroupAucUpper((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP:
				setTprGap((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_LOWER:
				setTprGapLower((Double)newValue);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_UPPER:
				setTprGapUpper((Double)newValue);
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
			case RunPackage.STUDY_ARM__SEED_RUN_PATHS:
				getSeedRunPaths().clear();
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN:
				setInDistributionAucSeedMean(IN_DISTRIBUTION_AUC_SEED_MEAN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER:
				setInDistributionAucSeedLower(IN_DISTRIBUTION_AUC_SEED_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER:
				setInDistributionAucSeedUpper(IN_DISTRIBUTION_AUC_SEED_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_MEAN:
				setShiftedAucSeedMean(SHIFTED_AUC_SEED_MEAN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_LOWER:
				setShiftedAucSeedLower(SHIFTED_AUC_SEED_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_UPPER:
				setShiftedAucSeedUpper(SHIFTED_AUC_SEED_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN:
				setMaskedDeltaAucSeedMean(MASKED_DELTA_AUC_SEED_MEAN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER:
				setMaskedDeltaAucSeedLower(MASKED_DELTA_AUC_SEED_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER:
				setMaskedDeltaAucSeedUpper(MASKED_DELTA_AUC_SEED_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN:
				setWorstGroupAucSeedMean(WORST_GROUP_AUC_SEED_MEAN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER:
				setWorstGroupAucSeedLower(WORST_GROUP_AUC_SEED_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER:
				setWorstGroupAucSeedUpper(WORST_GROUP_AUC_SEED_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_MEAN:
				setTprGapSeedMean(TPR_GAP_SEED_MEAN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_LOWER:
				setTprGapSeedLower(TPR_GAP_SEED_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_UPPER:
				setTprGapSeedUpper(TPR_GAP_SEED_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__FAILED_TO_LEARN:
				setFailedToLearn(FAILED_TO_LEARN_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__LEARNING_NOTE:
				setLearningNote(LEARNING_NOTE_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__RUN_PATH:
				setRunPath(RUN_PATH_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC:
				setInDistributionAuc(IN_DISTRIBUTION_AUC_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER:
				setInDistributionAucLower(IN_DISTRIBUTION_AUC_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER:
				setInDistributionAucUpper(IN_DISTRIBUTION_AUC_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC:
				setShiftedAuc(SHIFTED_AUC_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_LOWER:
				setShiftedAucLower(SHIFTED_AUC_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_UPPER:
				setShiftedAucUpper(SHIFTED_AUC_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC:
				setMaskedDeltaAuc(MASKED_DELTA_AUC_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_LOWER:
				setMaskedDeltaAucLower(MASKED_DELTA_AUC_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_UPPER:
				setMaskedDeltaAucUpper(MASKED_DELTA_AUC_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__MASKED_PVALUE:
				setMaskedPValue(MASKED_PVALUE_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE:
				setAttentionShare(ATTENTION_SHARE_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_LOWER:
				setAttentionShareLower(ATTENTION_SHARE_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_UPPER:
				setAttentionShareUpper(ATTENTION_SHARE_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP:
				setWorstGroup(WORST_GROUP_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC:
				setWorstGroupAuc(WORST_GROUP_AUC_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_LOWER:
				setWorstGroupAucLower(WORST_GROUP_AUC_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_UPPER:
				setWorstGroupAucUpper(WORST_GROUP_AUC_UPPER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP:
				setTprGap(TPR_GAP_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_LOWER:
				setTprGapLower(TPR_GAP_LOWER_EDEFAULT);
				return;
			case RunPackage.STUDY_ARM__TPR_GAP_UPPER:
				setTprGapUpper(TPR_GAP_UPPER_EDEFAULT);
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
			case RunPackage.STUDY_ARM__SEED_RUN_PATHS:
				return seedRunPaths != null && !seedRunPaths.isEmpty();
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN:
				return inDistributionAucSeedMean != IN_DISTRIBUTION_AUC_SEED_MEAN_EDEFAULT;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER:
				return inDistributionAucSeedLower != IN_DISTRIBUTION_AUC_SEED_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER:
				return inDistributionAucSeedUpper != IN_DISTRIBUTION_AUC_SEED_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_MEAN:
				return shiftedAucSeedMean != SHIFTED_AUC_SEED_MEAN_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_LOWER:
				return shiftedAucSeedLower != SHIFTED_AUC_SEED_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_SEED_UPPER:
				return shiftedAucSeedUpper != SHIFTED_AUC_SEED_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN:
				return maskedDeltaAucSeedMean != MASKED_DELTA_AUC_SEED_MEAN_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER:
				return maskedDeltaAucSeedLower != MASKED_DELTA_AUC_SEED_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER:
				return maskedDeltaAucSeedUpper != MASKED_DELTA_AUC_SEED_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN:
				return worstGroupAucSeedMean != WORST_GROUP_AUC_SEED_MEAN_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER:
				return worstGroupAucSeedLower != WORST_GROUP_AUC_SEED_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER:
				return worstGroupAucSeedUpper != WORST_GROUP_AUC_SEED_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_MEAN:
				return tprGapSeedMean != TPR_GAP_SEED_MEAN_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_LOWER:
				return tprGapSeedLower != TPR_GAP_SEED_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP_SEED_UPPER:
				return tprGapSeedUpper != TPR_GAP_SEED_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__FAILED_TO_LEARN:
				return failedToLearn != FAILED_TO_LEARN_EDEFAULT;
			case RunPackage.STUDY_ARM__LEARNING_NOTE:
				return LEARNING_NOTE_EDEFAULT == null ? learningNote != null : !LEARNING_NOTE_EDEFAULT.equals(learningNote);
			case RunPackage.STUDY_ARM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RunPackage.STUDY_ARM__KIND:
				return kind != KIND_EDEFAULT;
			case RunPackage.STUDY_ARM__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case RunPackage.STUDY_ARM__RUN_PATH:
				return RUN_PATH_EDEFAULT == null ? runPath != null : !RUN_PATH_EDEFAULT.equals(runPath);
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC:
				return inDistributionAuc != IN_DISTRIBUTION_AUC_EDEFAULT;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER:
				return inDistributionAucLower != IN_DISTRIBUTION_AUC_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER:
				return inDistributionAucUpper != IN_DISTRIBUTION_AUC_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC:
				return shiftedAuc != SHIFTED_AUC_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_LOWER:
				return shiftedAucLower != SHIFTED_AUC_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__SHIFTED_AUC_UPPER:
				return shiftedAucUpper != SHIFTED_AUC_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC:
				return maskedDeltaAuc != MASKED_DELTA_AUC_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_LOWER:
				return maskedDeltaAucLower != MASKED_DELTA_AUC_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_DELTA_AUC_UPPER:
				return maskedDeltaAucUpper != MASKED_DELTA_AUC_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__MASKED_PVALUE:
				return maskedPValue != MASKED_PVALUE_EDEFAULT;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE:
				return attentionShare != ATTENTION_SHARE_EDEFAULT;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_LOWER:
				return attentionShareLower != ATTENTION_SHARE_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__ATTENTION_SHARE_UPPER:
				return attentionShareUpper != ATTENTION_SHARE_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP:
				return WORST_GROUP_EDEFAULT == null ? worstGroup != null : !WORST_GROUP_EDEFAULT.equals(worstGroup);
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC:
				return worstGroupAuc != WORST_GROUP_AUC_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_LOWER:
				return worstGroupAucLower != WORST_GROUP_AUC_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__WORST_GROUP_AUC_UPPER:
				return worstGroupAucUpper != WORST_GROUP_AUC_UPPER_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP:
				return tprGap != TPR_GAP_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP_LOWER:
				return tprGapLower != TPR_GAP_LOWER_EDEFAULT;
			case RunPackage.STUDY_ARM__TPR_GAP_UPPER:
				return tprGapUpper != TPR_GAP_UPPER_EDEFAULT;
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
		result.append(" (seedRunPaths: ");
		result.append(seedRunPaths);
		result.append(", inDistributionAucSeedMean: ");
		result.append(inDistributionAucSeedMean);
		result.append(", inDistributionAucSeedLower: ");
		result.append(inDistributionAucSeedLower);
		result.append(", inDistributionAucSeedUpper: ");
		result.append(inDistributionAucSeedUpper);
		result.append(", shiftedAucSeedMean: ");
		result.append(shiftedAucSeedMean);
		result.append(", shiftedAucSeedLower: ");
		result.append(shiftedAucSeedLower);
		result.append(", shiftedAucSeedUpper: ");
		result.append(shiftedAucSeedUpper);
		result.append(", maskedDeltaAucSeedMean: ");
		result.append(maskedDeltaAucSeedMean);
		result.append(", maskedDeltaAucSeedLower: ");
		result.append(maskedDeltaAucSeedLower);
		result.append(", maskedDeltaAucSeedUpper: ");
		result.append(maskedDeltaAucSeedUpper);
		result.append(", worstGroupAucSeedMean: ");
		result.append(worstGroupAucSeedMean);
		result.append(", worstGroupAucSeedLower: ");
		result.append(worstGroupAucSeedLower);
		result.append(", worstGroupAucSeedUpper: ");
		result.append(worstGroupAucSeedUpper);
		result.append(", tprGapSeedMean: ");
		result.append(tprGapSeedMean);
		result.append(", tprGapSeedLower: ");
		result.append(tprGapSeedLower);
		result.append(", tprGapSeedUpper: ");
		result.append(tprGapSeedUpper);
		result.append(", failedToLearn: ");
		result.append(failedToLearn);
		result.append(", learningNote: ");
		result.append(learningNote);
		result.append(", name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", runId: ");
		result.append(runId);
		result.append(", runPath: ");
		result.append(runPath);
		result.append(", inDistributionAuc: ");
		result.append(inDistributionAuc);
		result.append(", inDistributionAucLower: ");
		result.append(inDistributionAucLower);
		result.append(", inDistributionAucUpper: ");
		result.append(inDistributionAucUpper);
		result.append(", shiftedAuc: ");
		result.append(shiftedAuc);
		result.append(", shiftedAucLower: ");
		result.append(shiftedAucLower);
		result.append(", shiftedAucUpper: ");
		result.append(shiftedAucUpper);
		result.append(", maskedDeltaAuc: ");
		result.append(maskedDeltaAuc);
		result.append(", maskedDeltaAucLower: ");
		result.append(maskedDeltaAucLower);
		result.append(", maskedDeltaAucUpper: ");
		result.append(maskedDeltaAucUpper);
		result.append(", maskedPValue: ");
		result.append(maskedPValue);
		result.append(", attentionShare: ");
		result.append(attentionShare);
		result.append(", attentionShareLower: ");
		result.append(attentionShareLower);
		result.append(", attentionShareUpper: ");
		result.append(attentionShareUpper);
		result.append(", worstGroup: ");
		result.append(worstGroup);
		result.append(", worstGroupAuc: ");
		result.append(worstGroupAuc);
		result.append(", worstGroupAucLower: ");
		result.append(worstGroupAucLower);
		result.append(", worstGroupAucUpper: ");
		result.append(worstGroupAucUpper);
		result.append(", tprGap: ");
		result.append(tprGap);
		result.append(", tprGapLower: ");
		result.append(tprGapLower);
		result.append(", tprGapUpper: ");
		result.append(tprGapUpper);
		result.append(')');
		return result.toString();
	}

} //StudyArmImpl
