/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.FeatureSlice;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Slice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getPrevalence <em>Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getRestPrevalence <em>Rest Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getLossRatio <em>Loss Ratio</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getErrorRate <em>Error Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getRestErrorRate <em>Rest Error Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getErrorP <em>Error P</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getLabelAuc <em>Label Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getAttributeV <em>Attribute V</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getAttributeValue <em>Attribute Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getValueShare <em>Value Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.FeatureSliceImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureSliceImpl extends EObjectImpl implements FeatureSlice {
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
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrevalence() <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevalence()
	 * @generated
	 * @ordered
	 */
	protected static final double PREVALENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrevalence() <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevalence()
	 * @generated
	 * @ordered
	 */
	protected double prevalence = PREVALENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestPrevalence() <em>Rest Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestPrevalence()
	 * @generated
	 * @ordered
	 */
	protected static final double REST_PREVALENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRestPrevalence() <em>Rest Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestPrevalence()
	 * @generated
	 * @ordered
	 */
	protected double restPrevalence = REST_PREVALENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossRatio() <em>Loss Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_RATIO_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLossRatio() <em>Loss Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossRatio()
	 * @generated
	 * @ordered
	 */
	protected double lossRatio = LOSS_RATIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorRate() <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ERROR_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getErrorRate() <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorRate()
	 * @generated
	 * @ordered
	 */
	protected double errorRate = ERROR_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestErrorRate() <em>Rest Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestErrorRate()
	 * @generated
	 * @ordered
	 */
	protected static final double REST_ERROR_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRestErrorRate() <em>Rest Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestErrorRate()
	 * @generated
	 * @ordered
	 */
	protected double restErrorRate = REST_ERROR_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorP() <em>Error P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorP()
	 * @generated
	 * @ordered
	 */
	protected static final double ERROR_P_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getErrorP() <em>Error P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorP()
	 * @generated
	 * @ordered
	 */
	protected double errorP = ERROR_P_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelAuc() <em>Label Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double LABEL_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLabelAuc() <em>Label Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelAuc()
	 * @generated
	 * @ordered
	 */
	protected double labelAuc = LABEL_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected String attribute = ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributeV() <em>Attribute V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeV()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRIBUTE_V_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttributeV() <em>Attribute V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeV()
	 * @generated
	 * @ordered
	 */
	protected double attributeV = ATTRIBUTE_V_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributeValue() <em>Attribute Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeValue()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUTE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttributeValue() <em>Attribute Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeValue()
	 * @generated
	 * @ordered
	 */
	protected String attributeValue = ATTRIBUTE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueShare() <em>Value Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueShare()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValueShare() <em>Value Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueShare()
	 * @generated
	 * @ordered
	 */
	protected double valueShare = VALUE_SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeatureSliceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.FEATURE_SLICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__INDEX, oldIndex, index));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrevalence() {
		return prevalence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrevalence(double newPrevalence) {
		double oldPrevalence = prevalence;
		prevalence = newPrevalence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__PREVALENCE, oldPrevalence, prevalence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRestPrevalence() {
		return restPrevalence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestPrevalence(double newRestPrevalence) {
		double oldRestPrevalence = restPrevalence;
		restPrevalence = newRestPrevalence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__REST_PREVALENCE, oldRestPrevalence, restPrevalence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLossRatio() {
		return lossRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossRatio(double newLossRatio) {
		double oldLossRatio = lossRatio;
		lossRatio = newLossRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__LOSS_RATIO, oldLossRatio, lossRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getErrorRate() {
		return errorRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorRate(double newErrorRate) {
		double oldErrorRate = errorRate;
		errorRate = newErrorRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__ERROR_RATE, oldErrorRate, errorRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRestErrorRate() {
		return restErrorRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestErrorRate(double newRestErrorRate) {
		double oldRestErrorRate = restErrorRate;
		restErrorRate = newRestErrorRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__REST_ERROR_RATE, oldRestErrorRate, restErrorRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getErrorP() {
		return errorP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorP(double newErrorP) {
		double oldErrorP = errorP;
		errorP = newErrorP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__ERROR_P, oldErrorP, errorP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabelAuc() {
		return labelAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelAuc(double newLabelAuc) {
		double oldLabelAuc = labelAuc;
		labelAuc = newLabelAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__LABEL_AUC, oldLabelAuc, labelAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttribute() {
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribute(String newAttribute) {
		String oldAttribute = attribute;
		attribute = newAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__ATTRIBUTE, oldAttribute, attribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttributeV() {
		return attributeV;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeV(double newAttributeV) {
		double oldAttributeV = attributeV;
		attributeV = newAttributeV;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__ATTRIBUTE_V, oldAttributeV, attributeV));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttributeValue() {
		return attributeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeValue(String newAttributeValue) {
		String oldAttributeValue = attributeValue;
		attributeValue = newAttributeValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__ATTRIBUTE_VALUE, oldAttributeValue, attributeValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValueShare() {
		return valueShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueShare(double newValueShare) {
		double oldValueShare = valueShare;
		valueShare = newValueShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__VALUE_SHARE, oldValueShare, valueShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.FEATURE_SLICE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.FEATURE_SLICE__INDEX:
				return getIndex();
			case RunPackage.FEATURE_SLICE__LABEL:
				return getLabel();
			case RunPackage.FEATURE_SLICE__SIZE:
				return getSize();
			case RunPackage.FEATURE_SLICE__PREVALENCE:
				return getPrevalence();
			case RunPackage.FEATURE_SLICE__REST_PREVALENCE:
				return getRestPrevalence();
			case RunPackage.FEATURE_SLICE__LOSS_RATIO:
				return getLossRatio();
			case RunPackage.FEATURE_SLICE__ERROR_RATE:
				return getErrorRate();
			case RunPackage.FEATURE_SLICE__REST_ERROR_RATE:
				return getRestErrorRate();
			case RunPackage.FEATURE_SLICE__ERROR_P:
				return getErrorP();
			case RunPackage.FEATURE_SLICE__LABEL_AUC:
				return getLabelAuc();
			case RunPackage.FEATURE_SLICE__ATTRIBUTE:
				return getAttribute();
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_V:
				return getAttributeV();
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_VALUE:
				return getAttributeValue();
			case RunPackage.FEATURE_SLICE__VALUE_SHARE:
				return getValueShare();
			case RunPackage.FEATURE_SLICE__DESCRIPTION:
				return getDescription();
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
			case RunPackage.FEATURE_SLICE__INDEX:
				setIndex((Integer)newValue);
				return;
			case RunPackage.FEATURE_SLICE__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.FEATURE_SLICE__SIZE:
				setSize((Integer)newValue);
				return;
			case RunPackage.FEATURE_SLICE__PREVALENCE:
				setPrevalence((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__REST_PREVALENCE:
				setRestPrevalence((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__LOSS_RATIO:
				setLossRatio((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__ERROR_RATE:
				setErrorRate((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__REST_ERROR_RATE:
				setRestErrorRate((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__ERROR_P:
				setErrorP((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__LABEL_AUC:
				setLabelAuc((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_V:
				setAttributeV((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_VALUE:
				setAttributeValue((String)newValue);
				return;
			case RunPackage.FEATURE_SLICE__VALUE_SHARE:
				setValueShare((Double)newValue);
				return;
			case RunPackage.FEATURE_SLICE__DESCRIPTION:
				setDescription((String)newValue);
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
			case RunPackage.FEATURE_SLICE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__PREVALENCE:
				setPrevalence(PREVALENCE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__REST_PREVALENCE:
				setRestPrevalence(REST_PREVALENCE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__LOSS_RATIO:
				setLossRatio(LOSS_RATIO_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__ERROR_RATE:
				setErrorRate(ERROR_RATE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__REST_ERROR_RATE:
				setRestErrorRate(REST_ERROR_RATE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__ERROR_P:
				setErrorP(ERROR_P_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__LABEL_AUC:
				setLabelAuc(LABEL_AUC_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_V:
				setAttributeV(ATTRIBUTE_V_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_VALUE:
				setAttributeValue(ATTRIBUTE_VALUE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__VALUE_SHARE:
				setValueShare(VALUE_SHARE_EDEFAULT);
				return;
			case RunPackage.FEATURE_SLICE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case RunPackage.FEATURE_SLICE__INDEX:
				return index != INDEX_EDEFAULT;
			case RunPackage.FEATURE_SLICE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.FEATURE_SLICE__SIZE:
				return size != SIZE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__PREVALENCE:
				return prevalence != PREVALENCE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__REST_PREVALENCE:
				return restPrevalence != REST_PREVALENCE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__LOSS_RATIO:
				return lossRatio != LOSS_RATIO_EDEFAULT;
			case RunPackage.FEATURE_SLICE__ERROR_RATE:
				return errorRate != ERROR_RATE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__REST_ERROR_RATE:
				return restErrorRate != REST_ERROR_RATE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__ERROR_P:
				return errorP != ERROR_P_EDEFAULT;
			case RunPackage.FEATURE_SLICE__LABEL_AUC:
				return labelAuc != LABEL_AUC_EDEFAULT;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_V:
				return attributeV != ATTRIBUTE_V_EDEFAULT;
			case RunPackage.FEATURE_SLICE__ATTRIBUTE_VALUE:
				return ATTRIBUTE_VALUE_EDEFAULT == null ? attributeValue != null : !ATTRIBUTE_VALUE_EDEFAULT.equals(attributeValue);
			case RunPackage.FEATURE_SLICE__VALUE_SHARE:
				return valueShare != VALUE_SHARE_EDEFAULT;
			case RunPackage.FEATURE_SLICE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(", label: ");
		result.append(label);
		result.append(", size: ");
		result.append(size);
		result.append(", prevalence: ");
		result.append(prevalence);
		result.append(", restPrevalence: ");
		result.append(restPrevalence);
		result.append(", lossRatio: ");
		result.append(lossRatio);
		result.append(", errorRate: ");
		result.append(errorRate);
		result.append(", restErrorRate: ");
		result.append(restErrorRate);
		result.append(", errorP: ");
		result.append(errorP);
		result.append(", labelAuc: ");
		result.append(labelAuc);
		result.append(", attribute: ");
		result.append(attribute);
		result.append(", attributeV: ");
		result.append(attributeV);
		result.append(", attributeValue: ");
		result.append(attributeValue);
		result.append(", valueShare: ");
		result.append(valueShare);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //FeatureSliceImpl
