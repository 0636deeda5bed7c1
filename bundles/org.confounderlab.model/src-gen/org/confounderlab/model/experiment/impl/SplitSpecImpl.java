/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.SplitSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Split Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getTrainFraction <em>Train Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getTestFraction <em>Test Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#isGroupByPatient <em>Group By Patient</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#isStratifyByLabel <em>Stratify By Label</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#isUseOfficialSplit <em>Use Official Split</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getNearDuplicateDistance <em>Near Duplicate Distance</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SplitSpecImpl#getNearDuplicateCosine <em>Near Duplicate Cosine</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SplitSpecImpl extends EObjectImpl implements SplitSpec {
	/**
	 * The default value of the '{@link #getTrainFraction() <em>Train Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_FRACTION_EDEFAULT = 0.7;

	/**
	 * The cached value of the '{@link #getTrainFraction() <em>Train Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainFraction()
	 * @generated
	 * @ordered
	 */
	protected double trainFraction = TRAIN_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_FRACTION_EDEFAULT = 0.15;

	/**
	 * The cached value of the '{@link #getValidationFraction() <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationFraction()
	 * @generated
	 * @ordered
	 */
	protected double validationFraction = VALIDATION_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestFraction() <em>Test Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double TEST_FRACTION_EDEFAULT = 0.15;

	/**
	 * The cached value of the '{@link #getTestFraction() <em>Test Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestFraction()
	 * @generated
	 * @ordered
	 */
	protected double testFraction = TEST_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isGroupByPatient() <em>Group By Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroupByPatient()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GROUP_BY_PATIENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isGroupByPatient() <em>Group By Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGroupByPatient()
	 * @generated
	 * @ordered
	 */
	protected boolean groupByPatient = GROUP_BY_PATIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isStratifyByLabel() <em>Stratify By Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStratifyByLabel()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STRATIFY_BY_LABEL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isStratifyByLabel() <em>Stratify By Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStratifyByLabel()
	 * @generated
	 * @ordered
	 */
	protected boolean stratifyByLabel = STRATIFY_BY_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseOfficialSplit() <em>Use Official Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseOfficialSplit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_OFFICIAL_SPLIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseOfficialSplit() <em>Use Official Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseOfficialSplit()
	 * @generated
	 * @ordered
	 */
	protected boolean useOfficialSplit = USE_OFFICIAL_SPLIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNearDuplicateDistance() <em>Near Duplicate Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearDuplicateDistance()
	 * @generated
	 * @ordered
	 */
	protected static final int NEAR_DUPLICATE_DISTANCE_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getNearDuplicateDistance() <em>Near Duplicate Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearDuplicateDistance()
	 * @generated
	 * @ordered
	 */
	protected int nearDuplicateDistance = NEAR_DUPLICATE_DISTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNearDuplicateCosine() <em>Near Duplicate Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearDuplicateCosine()
	 * @generated
	 * @ordered
	 */
	protected static final double NEAR_DUPLICATE_COSINE_EDEFAULT = 0.97;

	/**
	 * The cached value of the '{@link #getNearDuplicateCosine() <em>Near Duplicate Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNearDuplicateCosine()
	 * @generated
	 * @ordered
	 */
	protected double nearDuplicateCosine = NEAR_DUPLICATE_COSINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SplitSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SPLIT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainFraction() {
		return trainFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainFraction(double newTrainFraction) {
		double oldTrainFraction = trainFraction;
		trainFraction = newTrainFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__TRAIN_FRACTION, oldTrainFraction, trainFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationFraction() {
		return validationFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationFraction(double newValidationFraction) {
		double oldValidationFraction = validationFraction;
		validationFraction = newValidationFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__VALIDATION_FRACTION, oldValidationFraction, validationFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTestFraction() {
		return testFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestFraction(double newTestFraction) {
		double oldTestFraction = testFraction;
		testFraction = newTestFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__TEST_FRACTION, oldTestFraction, testFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGroupByPatient() {
		return groupByPatient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupByPatient(boolean newGroupByPatient) {
		boolean oldGroupByPatient = groupByPatient;
		groupByPatient = newGroupByPatient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__GROUP_BY_PATIENT, oldGroupByPatient, groupByPatient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStratifyByLabel() {
		return stratifyByLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStratifyByLabel(boolean newStratifyByLabel) {
		boolean oldStratifyByLabel = stratifyByLabel;
		stratifyByLabel = newStratifyByLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__STRATIFY_BY_LABEL, oldStratifyByLabel, stratifyByLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseOfficialSplit() {
		return useOfficialSplit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseOfficialSplit(boolean newUseOfficialSplit) {
		boolean oldUseOfficialSplit = useOfficialSplit;
		useOfficialSplit = newUseOfficialSplit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__USE_OFFICIAL_SPLIT, oldUseOfficialSplit, useOfficialSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNearDuplicateDistance() {
		return nearDuplicateDistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNearDuplicateDistance(int newNearDuplicateDistance) {
		int oldNearDuplicateDistance = nearDuplicateDistance;
		nearDuplicateDistance = newNearDuplicateDistance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE, oldNearDuplicateDistance, nearDuplicateDistance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNearDuplicateCosine() {
		return nearDuplicateCosine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNearDuplicateCosine(double newNearDuplicateCosine) {
		double oldNearDuplicateCosine = nearDuplicateCosine;
		nearDuplicateCosine = newNearDuplicateCosine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_COSINE, oldNearDuplicateCosine, nearDuplicateCosine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SPLIT_SPEC__TRAIN_FRACTION:
				return getTrainFraction();
			case ExperimentPackage.SPLIT_SPEC__VALIDATION_FRACTION:
				return getValidationFraction();
			case ExperimentPackage.SPLIT_SPEC__TEST_FRACTION:
				return getTestFraction();
			case ExperimentPackage.SPLIT_SPEC__SEED:
				return getSeed();
			case ExperimentPackage.SPLIT_SPEC__GROUP_BY_PATIENT:
				return isGroupByPatient();
			case ExperimentPackage.SPLIT_SPEC__STRATIFY_BY_LABEL:
				return isStratifyByLabel();
			case ExperimentPackage.SPLIT_SPEC__USE_OFFICIAL_SPLIT:
				return isUseOfficialSplit();
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE:
				return getNearDuplicateDistance();
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_COSINE:
				return getNearDuplicateCosine();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.SPLIT_SPEC__TRAIN_FRACTION:
				setTrainFraction((Double)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__VALIDATION_FRACTION:
				setValidationFraction((Double)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__TEST_FRACTION:
				setTestFraction((Double)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__SEED:
				setSeed((Long)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__GROUP_BY_PATIENT:
				setGroupByPatient((Boolean)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__STRATIFY_BY_LABEL:
				setStratifyByLabel((Boolean)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__USE_OFFICIAL_SPLIT:
				setUseOfficialSplit((Boolean)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE:
				setNearDuplicateDistance((Integer)newValue);
				return;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_COSINE:
				setNearDuplicateCosine((Double)newValue);
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
			case ExperimentPackage.SPLIT_SPEC__TRAIN_FRACTION:
				setTrainFraction(TRAIN_FRACTION_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__VALIDATION_FRACTION:
				setValidationFraction(VALIDATION_FRACTION_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__TEST_FRACTION:
				setTestFraction(TEST_FRACTION_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__GROUP_BY_PATIENT:
				setGroupByPatient(GROUP_BY_PATIENT_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__STRATIFY_BY_LABEL:
				setStratifyByLabel(STRATIFY_BY_LABEL_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__USE_OFFICIAL_SPLIT:
				setUseOfficialSplit(USE_OFFICIAL_SPLIT_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE:
				setNearDuplicateDistance(NEAR_DUPLICATE_DISTANCE_EDEFAULT);
				return;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_COSINE:
				setNearDuplicateCosine(NEAR_DUPLICATE_COSINE_EDEFAULT);
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
			case ExperimentPackage.SPLIT_SPEC__TRAIN_FRACTION:
				return trainFraction != TRAIN_FRACTION_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__VALIDATION_FRACTION:
				return validationFraction != VALIDATION_FRACTION_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__TEST_FRACTION:
				return testFraction != TEST_FRACTION_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__SEED:
				return seed != SEED_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__GROUP_BY_PATIENT:
				return groupByPatient != GROUP_BY_PATIENT_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__STRATIFY_BY_LABEL:
				return stratifyByLabel != STRATIFY_BY_LABEL_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__USE_OFFICIAL_SPLIT:
				return useOfficialSplit != USE_OFFICIAL_SPLIT_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE:
				return nearDuplicateDistance != NEAR_DUPLICATE_DISTANCE_EDEFAULT;
			case ExperimentPackage.SPLIT_SPEC__NEAR_DUPLICATE_COSINE:
				return nearDuplicateCosine != NEAR_DUPLICATE_COSINE_EDEFAULT;
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
		result.append(" (trainFraction: ");
		result.append(trainFraction);
		result.append(", validationFraction: ");
		result.append(validationFraction);
		result.append(", testFraction: ");
		result.append(testFraction);
		result.append(", seed: ");
		result.append(seed);
		result.append(", groupByPatient: ");
		result.append(groupByPatient);
		result.append(", stratifyByLabel: ");
		result.append(stratifyByLabel);
		result.append(", useOfficialSplit: ");
		result.append(useOfficialSplit);
		result.append(", nearDuplicateDistance: ");
		result.append(nearDuplicateDistance);
		result.append(", nearDuplicateCosine: ");
		result.append(nearDuplicateCosine);
		result.append(')');
		return result.toString();
	}

} //SplitSpecImpl
