/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.RunPackage;

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
 * An implementation of the model object '<em><b>Epoch Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#isBackboneFrozen <em>Backbone Frozen</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getLabelAucs <em>Label Aucs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EpochRecordImpl#getLossTerms <em>Loss Terms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpochRecordImpl extends EObjectImpl implements EpochRecord {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainLoss() <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainLoss()
	 * @generated
	 * @ordered
	 */
	protected double trainLoss = TRAIN_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationLoss() <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLoss()
	 * @generated
	 * @ordered
	 */
	protected double validationLoss = VALIDATION_LOSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBackboneFrozen() <em>Backbone Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBackboneFrozen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BACKBONE_FROZEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBackboneFrozen() <em>Backbone Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBackboneFrozen()
	 * @generated
	 * @ordered
	 */
	protected boolean backboneFrozen = BACKBONE_FROZEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelAucs() <em>Label Aucs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelAucs()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelValue> labelAucs;

	/**
	 * The cached value of the '{@link #getLossTerms() <em>Loss Terms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<LossTerm> lossTerms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpochRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.EPOCH_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainLoss() {
		return trainLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainLoss(double newTrainLoss) {
		double oldTrainLoss = trainLoss;
		trainLoss = newTrainLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__TRAIN_LOSS, oldTrainLoss, trainLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationLoss() {
		return validationLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationLoss(double newValidationLoss) {
		double oldValidationLoss = validationLoss;
		validationLoss = newValidationLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__VALIDATION_LOSS, oldValidationLoss, validationLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis() {
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis) {
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBackboneFrozen() {
		return backboneFrozen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackboneFrozen(boolean newBackboneFrozen) {
		boolean oldBackboneFrozen = backboneFrozen;
		backboneFrozen = newBackboneFrozen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EPOCH_RECORD__BACKBONE_FROZEN, oldBackboneFrozen, backboneFrozen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelValue> getLabelAucs() {
		if (labelAucs == null) {
			labelAucs = new EObjectContainmentEList<LabelValue>(LabelValue.class, this, RunPackage.EPOCH_RECORD__LABEL_AUCS);
		}
		return labelAucs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LossTerm> getLossTerms() {
		if (lossTerms == null) {
			lossTerms = new EObjectContainmentEList<LossTerm>(LossTerm.class, this, RunPackage.EPOCH_RECORD__LOSS_TERMS);
		}
		return lossTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.EPOCH_RECORD__LABEL_AUCS:
				return ((InternalEList<?>)getLabelAucs()).basicRemove(otherEnd, msgs);
			case RunPackage.EPOCH_RECORD__LOSS_TERMS:
				return ((InternalEList<?>)getLossTerms()).basicRemove(otherEnd, msgs);
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
			case RunPackage.EPOCH_RECORD__INDEX:
				return getIndex();
			case RunPackage.EPOCH_RECORD__TRAIN_LOSS:
				return getTrainLoss();
			case RunPackage.EPOCH_RECORD__VALIDATION_LOSS:
				return getValidationLoss();
			case RunPackage.EPOCH_RECORD__DURATION_MILLIS:
				return getDurationMillis();
			case RunPackage.EPOCH_RECORD__LEARNING_RATE:
				return getLearningRate();
			case RunPackage.EPOCH_RECORD__BACKBONE_FROZEN:
				return isBackboneFrozen();
			case RunPackage.EPOCH_RECORD__LABEL_AUCS:
				return getLabelAucs();
			case RunPackage.EPOCH_RECORD__LOSS_TERMS:
				return getLossTerms();
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
			case RunPackage.EPOCH_RECORD__INDEX:
				setIndex((Integer)newValue);
				return;
			case RunPackage.EPOCH_RECORD__TRAIN_LOSS:
				setTrainLoss((Double)newValue);
				return;
			case RunPackage.EPOCH_RECORD__VALIDATION_LOSS:
				setValidationLoss((Double)newValue);
				return;
			case RunPackage.EPOCH_RECORD__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case RunPackage.EPOCH_RECORD__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case RunPackage.EPOCH_RECORD__BACKBONE_FROZEN:
				setBackboneFrozen((Boolean)newValue);
				return;
			case RunPackage.EPOCH_RECORD__LABEL_AUCS:
				getLabelAucs().clear();
				getLabelAucs().addAll((Collection<? extends LabelValue>)newValue);
				return;
			case RunPackage.EPOCH_RECORD__LOSS_TERMS:
				getLossTerms().clear();
				getLossTerms().addAll((Collection<? extends LossTerm>)newValue);
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
			case RunPackage.EPOCH_RECORD__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__TRAIN_LOSS:
				setTrainLoss(TRAIN_LOSS_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__VALIDATION_LOSS:
				setValidationLoss(VALIDATION_LOSS_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__BACKBONE_FROZEN:
				setBackboneFrozen(BACKBONE_FROZEN_EDEFAULT);
				return;
			case RunPackage.EPOCH_RECORD__LABEL_AUCS:
				getLabelAucs().clear();
				return;
			case RunPackage.EPOCH_RECORD__LOSS_TERMS:
				getLossTerms().clear();
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
			case RunPackage.EPOCH_RECORD__INDEX:
				return index != INDEX_EDEFAULT;
			case RunPackage.EPOCH_RECORD__TRAIN_LOSS:
				return trainLoss != TRAIN_LOSS_EDEFAULT;
			case RunPackage.EPOCH_RECORD__VALIDATION_LOSS:
				return validationLoss != VALIDATION_LOSS_EDEFAULT;
			case RunPackage.EPOCH_RECORD__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case RunPackage.EPOCH_RECORD__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case RunPackage.EPOCH_RECORD__BACKBONE_FROZEN:
				return backboneFrozen != BACKBONE_FROZEN_EDEFAULT;
			case RunPackage.EPOCH_RECORD__LABEL_AUCS:
				return labelAucs != null && !labelAucs.isEmpty();
			case RunPackage.EPOCH_RECORD__LOSS_TERMS:
				return lossTerms != null && !lossTerms.isEmpty();
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
		result.append(" (index: ");
		result.append(index);
		result.append(", trainLoss: ");
		result.append(trainLoss);
		result.append(", validationLoss: ");
		result.append(validationLoss);
		result.append(", durationMillis: ");
		result.append(durationMillis);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", backboneFrozen: ");
		result.append(backboneFrozen);
		result.append(')');
		return result.toString();
	}

} //EpochRecordImpl
