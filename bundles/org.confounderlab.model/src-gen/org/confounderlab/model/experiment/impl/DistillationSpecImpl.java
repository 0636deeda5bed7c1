/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.DistilledLayer;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.TeacherData;

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
 * An implementation of the model object '<em><b>Distillation Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getTeacherData <em>Teacher Data</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getTeacherFraction <em>Teacher Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getTeacherEpochs <em>Teacher Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getCleanValue <em>Clean Value</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getLayerWeight <em>Layer Weight</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl#getFinalLayerWeight <em>Final Layer Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DistillationSpecImpl extends EObjectImpl implements DistillationSpec {
	/**
	 * The default value of the '{@link #getTeacherData() <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherData()
	 * @generated
	 * @ordered
	 */
	protected static final TeacherData TEACHER_DATA_EDEFAULT = TeacherData.MASKED_IMAGES;

	/**
	 * The cached value of the '{@link #getTeacherData() <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherData()
	 * @generated
	 * @ordered
	 */
	protected TeacherData teacherData = TEACHER_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherFraction() <em>Teacher Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double TEACHER_FRACTION_EDEFAULT = 0.25;

	/**
	 * The cached value of the '{@link #getTeacherFraction() <em>Teacher Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherFraction()
	 * @generated
	 * @ordered
	 */
	protected double teacherFraction = TEACHER_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTeacherEpochs() <em>Teacher Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int TEACHER_EPOCHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTeacherEpochs() <em>Teacher Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeacherEpochs()
	 * @generated
	 * @ordered
	 */
	protected int teacherEpochs = TEACHER_EPOCHS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttribute() <em>Attribute</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected ConfounderAttribute attribute;

	/**
	 * The default value of the '{@link #getCleanValue() <em>Clean Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleanValue()
	 * @generated
	 * @ordered
	 */
	protected static final String CLEAN_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCleanValue() <em>Clean Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCleanValue()
	 * @generated
	 * @ordered
	 */
	protected String cleanValue = CLEAN_VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<DistilledLayer> layers;

	/**
	 * The default value of the '{@link #getLayerWeight() <em>Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double LAYER_WEIGHT_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getLayerWeight() <em>Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected double layerWeight = LAYER_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalLayerWeight() <em>Final Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double FINAL_LAYER_WEIGHT_EDEFAULT = 5.0;

	/**
	 * The cached value of the '{@link #getFinalLayerWeight() <em>Final Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalLayerWeight()
	 * @generated
	 * @ordered
	 */
	protected double finalLayerWeight = FINAL_LAYER_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistillationSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.DISTILLATION_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeacherData getTeacherData() {
		return teacherData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherData(TeacherData newTeacherData) {
		TeacherData oldTeacherData = teacherData;
		teacherData = newTeacherData == null ? TEACHER_DATA_EDEFAULT : newTeacherData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__TEACHER_DATA, oldTeacherData, teacherData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTeacherFraction() {
		return teacherFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherFraction(double newTeacherFraction) {
		double oldTeacherFraction = teacherFraction;
		teacherFraction = newTeacherFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__TEACHER_FRACTION, oldTeacherFraction, teacherFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTeacherEpochs() {
		return teacherEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeacherEpochs(int newTeacherEpochs) {
		int oldTeacherEpochs = teacherEpochs;
		teacherEpochs = newTeacherEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__TEACHER_EPOCHS, oldTeacherEpochs, teacherEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfounderAttribute getAttribute() {
		if (attribute != null && attribute.eIsProxy()) {
			InternalEObject oldAttribute = (InternalEObject)attribute;
			attribute = (ConfounderAttribute)eResolveProxy(oldAttribute);
			if (attribute != oldAttribute) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE, oldAttribute, attribute));
			}
		}
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConfounderAttribute basicGetAttribute() {
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribute(ConfounderAttribute newAttribute) {
		ConfounderAttribute oldAttribute = attribute;
		attribute = newAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE, oldAttribute, attribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCleanValue() {
		return cleanValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleanValue(String newCleanValue) {
		String oldCleanValue = cleanValue;
		cleanValue = newCleanValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__CLEAN_VALUE, oldCleanValue, cleanValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DistilledLayer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<DistilledLayer>(DistilledLayer.class, this, ExperimentPackage.DISTILLATION_SPEC__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLayerWeight() {
		return layerWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerWeight(double newLayerWeight) {
		double oldLayerWeight = layerWeight;
		layerWeight = newLayerWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__LAYER_WEIGHT, oldLayerWeight, layerWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFinalLayerWeight() {
		return finalLayerWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalLayerWeight(double newFinalLayerWeight) {
		double oldFinalLayerWeight = finalLayerWeight;
		finalLayerWeight = newFinalLayerWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DISTILLATION_SPEC__FINAL_LAYER_WEIGHT, oldFinalLayerWeight, finalLayerWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.DISTILLATION_SPEC__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
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
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_DATA:
				return getTeacherData();
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_FRACTION:
				return getTeacherFraction();
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_EPOCHS:
				return getTeacherEpochs();
			case ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE:
				if (resolve) return getAttribute();
				return basicGetAttribute();
			case ExperimentPackage.DISTILLATION_SPEC__CLEAN_VALUE:
				return getCleanValue();
			case ExperimentPackage.DISTILLATION_SPEC__LAYERS:
				return getLayers();
			case ExperimentPackage.DISTILLATION_SPEC__LAYER_WEIGHT:
				return getLayerWeight();
			case ExperimentPackage.DISTILLATION_SPEC__FINAL_LAYER_WEIGHT:
				return getFinalLayerWeight();
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
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_DATA:
				setTeacherData((TeacherData)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_FRACTION:
				setTeacherFraction((Double)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_EPOCHS:
				setTeacherEpochs((Integer)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE:
				setAttribute((ConfounderAttribute)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__CLEAN_VALUE:
				setCleanValue((String)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends DistilledLayer>)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__LAYER_WEIGHT:
				setLayerWeight((Double)newValue);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__FINAL_LAYER_WEIGHT:
				setFinalLayerWeight((Double)newValue);
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
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_DATA:
				setTeacherData(TEACHER_DATA_EDEFAULT);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_FRACTION:
				setTeacherFraction(TEACHER_FRACTION_EDEFAULT);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_EPOCHS:
				setTeacherEpochs(TEACHER_EPOCHS_EDEFAULT);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE:
				setAttribute((ConfounderAttribute)null);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__CLEAN_VALUE:
				setCleanValue(CLEAN_VALUE_EDEFAULT);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__LAYERS:
				getLayers().clear();
				return;
			case ExperimentPackage.DISTILLATION_SPEC__LAYER_WEIGHT:
				setLayerWeight(LAYER_WEIGHT_EDEFAULT);
				return;
			case ExperimentPackage.DISTILLATION_SPEC__FINAL_LAYER_WEIGHT:
				setFinalLayerWeight(FINAL_LAYER_WEIGHT_EDEFAULT);
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
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_DATA:
				return teacherData != TEACHER_DATA_EDEFAULT;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_FRACTION:
				return teacherFraction != TEACHER_FRACTION_EDEFAULT;
			case ExperimentPackage.DISTILLATION_SPEC__TEACHER_EPOCHS:
				return teacherEpochs != TEACHER_EPOCHS_EDEFAULT;
			case ExperimentPackage.DISTILLATION_SPEC__ATTRIBUTE:
				return attribute != null;
			case ExperimentPackage.DISTILLATION_SPEC__CLEAN_VALUE:
				return CLEAN_VALUE_EDEFAULT == null ? cleanValue != null : !CLEAN_VALUE_EDEFAULT.equals(cleanValue);
			case ExperimentPackage.DISTILLATION_SPEC__LAYERS:
				return layers != null && !layers.isEmpty();
			case ExperimentPackage.DISTILLATION_SPEC__LAYER_WEIGHT:
				return layerWeight != LAYER_WEIGHT_EDEFAULT;
			case ExperimentPackage.DISTILLATION_SPEC__FINAL_LAYER_WEIGHT:
				return finalLayerWeight != FINAL_LAYER_WEIGHT_EDEFAULT;
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
		result.append(", teacherFraction: ");
		result.append(teacherFraction);
		result.append(", teacherEpochs: ");
		result.append(teacherEpochs);
		result.append(", cleanValue: ");
		result.append(cleanValue);
		result.append(", layerWeight: ");
		result.append(layerWeight);
		result.append(", finalLayerWeight: ");
		result.append(finalLayerWeight);
		result.append(')');
		return result.toString();
	}

} //DistillationSpecImpl
