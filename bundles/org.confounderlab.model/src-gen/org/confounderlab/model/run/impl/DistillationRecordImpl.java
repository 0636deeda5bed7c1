/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
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
 * An implementation of the model object '<em><b>Distillation Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getTeacherData <em>Teacher Data</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getTeacherImages <em>Teacher Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getTeacherModel <em>Teacher Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getKeptEpoch <em>Kept Epoch</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getTeacherEpochs <em>Teacher Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DistillationRecordImpl#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DistillationRecordImpl extends EObjectImpl implements DistillationRecord {
	/**
	 * The default value of the '{@link #getTeacherData() <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherData()
	 * @generated
	 * @ordered
	 */
	protected static final String TEACHER_DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTeacherData() <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherData()
	 * @generated
	 * @ordered
	 */
	protected String teacherData = TEACHER_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherImages() <em>Teacher Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherImages()
	 * @generated
	 * @ordered
	 */
	protected static final int TEACHER_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTeacherImages() <em>Teacher Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherImages()
	 * @generated
	 * @ordered
	 */
	protected int teacherImages = TEACHER_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherModel() <em>Teacher Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherModel()
	 * @generated
	 * @ordered
	 */
	protected static final String TEACHER_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTeacherModel() <em>Teacher Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherModel()
	 * @generated
	 * @ordered
	 */
	protected String teacherModel = TEACHER_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeptEpoch() <em>Kept Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeptEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final int KEPT_EPOCH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKeptEpoch() <em>Kept Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeptEpoch()
	 * @generated
	 * @ordered
	 */
	protected int keptEpoch = KEPT_EPOCH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeacherEpochs() <em>Teacher Epochs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherEpochs()
	 * @generated
	 * @ordered
	 */
	protected EList<EpochRecord> teacherEpochs;

	/**
	 * The cached value of the '{@link #getTerms() <em>Terms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<LossTerm> terms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistillationRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.DISTILLATION_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTeacherData() {
		return teacherData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherData(String newTeacherData) {
		String oldTeacherData = teacherData;
		teacherData = newTeacherData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DISTILLATION_RECORD__TEACHER_DATA, oldTeacherData, teacherData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTeacherImages() {
		return teacherImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherImages(int newTeacherImages) {
		int oldTeacherImages = teacherImages;
		teacherImages = newTeacherImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DISTILLATION_RECORD__TEACHER_IMAGES, oldTeacherImages, teacherImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTeacherModel() {
		return teacherModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherModel(String newTeacherModel) {
		String oldTeacherModel = teacherModel;
		teacherModel = newTeacherModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DISTILLATION_RECORD__TEACHER_MODEL, oldTeacherModel, teacherModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeptEpoch() {
		return keptEpoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeptEpoch(int newKeptEpoch) {
		int oldKeptEpoch = keptEpoch;
		keptEpoch = newKeptEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DISTILLATION_RECORD__KEPT_EPOCH, oldKeptEpoch, keptEpoch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpochRecord> getTeacherEpochs() {
		if (teacherEpochs == null) {
			teacherEpochs = new EObjectContainmentEList<EpochRecord>(EpochRecord.class, this, RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS);
		}
		return teacherEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LossTerm> getTerms() {
		if (terms == null) {
			terms = new EObjectContainmentEList<LossTerm>(LossTerm.class, this, RunPackage.DISTILLATION_RECORD__TERMS);
		}
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS:
				return ((InternalEList<?>)getTeacherEpochs()).basicRemove(otherEnd, msgs);
			case RunPackage.DISTILLATION_RECORD__TERMS:
				return ((InternalEList<?>)getTerms()).basicRemove(otherEnd, msgs);
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
			case RunPackage.DISTILLATION_RECORD__TEACHER_DATA:
				return getTeacherData();
			case RunPackage.DISTILLATION_RECORD__TEACHER_IMAGES:
				return getTeacherImages();
			case RunPackage.DISTILLATION_RECORD__TEACHER_MODEL:
				return getTeacherModel();
			case RunPackage.DISTILLATION_RECORD__KEPT_EPOCH:
				return getKeptEpoch();
			case RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS:
				return getTeacherEpochs();
			case RunPackage.DISTILLATION_RECORD__TERMS:
				return getTerms();
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
			case RunPackage.DISTILLATION_RECORD__TEACHER_DATA:
				setTeacherData((String)newValue);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_IMAGES:
				setTeacherImages((Integer)newValue);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_MODEL:
				setTeacherModel((String)newValue);
				return;
			case RunPackage.DISTILLATION_RECORD__KEPT_EPOCH:
				setKeptEpoch((Integer)newValue);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS:
				getTeacherEpochs().clear();
				getTeacherEpochs().addAll((Collection<? extends EpochRecord>)newValue);
				return;
			case RunPackage.DISTILLATION_RECORD__TERMS:
				getTerms().clear();
				getTerms().addAll((Collection<? extends LossTerm>)newValue);
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
			case RunPackage.DISTILLATION_RECORD__TEACHER_DATA:
				setTeacherData(TEACHER_DATA_EDEFAULT);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_IMAGES:
				setTeacherImages(TEACHER_IMAGES_EDEFAULT);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_MODEL:
				setTeacherModel(TEACHER_MODEL_EDEFAULT);
				return;
			case RunPackage.DISTILLATION_RECORD__KEPT_EPOCH:
				setKeptEpoch(KEPT_EPOCH_EDEFAULT);
				return;
			case RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS:
				getTeacherEpochs().clear();
				return;
			case RunPackage.DISTILLATION_RECORD__TERMS:
				getTerms().clear();
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
			case RunPackage.DISTILLATION_RECORD__TEACHER_DATA:
				return TEACHER_DATA_EDEFAULT == null ? teacherData != null : !TEACHER_DATA_EDEFAULT.equals(teacherData);
			case RunPackage.DISTILLATION_RECORD__TEACHER_IMAGES:
				return teacherImages != TEACHER_IMAGES_EDEFAULT;
			case RunPackage.DISTILLATION_RECORD__TEACHER_MODEL:
				return TEACHER_MODEL_EDEFAULT == null ? teacherModel != null : !TEACHER_MODEL_EDEFAULT.equals(teacherModel);
			case RunPackage.DISTILLATION_RECORD__KEPT_EPOCH:
				return keptEpoch != KEPT_EPOCH_EDEFAULT;
			case RunPackage.DISTILLATION_RECORD__TEACHER_EPOCHS:
				return teacherEpochs != null && !teacherEpochs.isEmpty();
			case RunPackage.DISTILLATION_RECORD__TERMS:
				return terms != null && !terms.isEmpty();
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
		result.append(" (teacherData: ");
		result.append(teacherData);
		result.append(", teacherImages: ");
		result.append(teacherImages);
		result.append(", teacherModel: ");
		result.append(teacherModel);
		result.append(", keptEpoch: ");
		result.append(keptEpoch);
		result.append(')');
		return result.toString();
	}

} //DistillationRecordImpl
