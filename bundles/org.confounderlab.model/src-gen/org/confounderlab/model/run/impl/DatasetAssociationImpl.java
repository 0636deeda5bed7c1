/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset Association</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getCramersV <em>Cramers V</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getChiSquare <em>Chi Square</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getAttributeOnlyAuc <em>Attribute Only Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getDegreesOfFreedom <em>Degrees Of Freedom</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getMutualInformation <em>Mutual Information</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAssociationImpl#getN <em>N</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetAssociationImpl extends EObjectImpl implements DatasetAssociation {
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
	 * The default value of the '{@link #getCramersV() <em>Cramers V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCramersV()
	 * @generated
	 * @ordered
	 */
	protected static final double CRAMERS_V_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCramersV() <em>Cramers V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCramersV()
	 * @generated
	 * @ordered
	 */
	protected double cramersV = CRAMERS_V_EDEFAULT;

	/**
	 * The default value of the '{@link #getChiSquare() <em>Chi Square</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChiSquare()
	 * @generated
	 * @ordered
	 */
	protected static final double CHI_SQUARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getChiSquare() <em>Chi Square</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChiSquare()
	 * @generated
	 * @ordered
	 */
	protected double chiSquare = CHI_SQUARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected static final double PVALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected double pValue = PVALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttributeOnlyAuc() <em>Attribute Only Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeOnlyAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTRIBUTE_ONLY_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAttributeOnlyAuc() <em>Attribute Only Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributeOnlyAuc()
	 * @generated
	 * @ordered
	 */
	protected double attributeOnlyAuc = ATTRIBUTE_ONLY_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDegreesOfFreedom() <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegreesOfFreedom()
	 * @generated
	 * @ordered
	 */
	protected static final int DEGREES_OF_FREEDOM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDegreesOfFreedom() <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegreesOfFreedom()
	 * @generated
	 * @ordered
	 */
	protected int degreesOfFreedom = DEGREES_OF_FREEDOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMutualInformation() <em>Mutual Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMutualInformation()
	 * @generated
	 * @ordered
	 */
	protected static final double MUTUAL_INFORMATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMutualInformation() <em>Mutual Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMutualInformation()
	 * @generated
	 * @ordered
	 */
	protected double mutualInformation = MUTUAL_INFORMATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected static final int N_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected int n = N_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetAssociationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.DATASET_ASSOCIATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__ATTRIBUTE, oldAttribute, attribute));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCramersV() {
		return cramersV;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCramersV(double newCramersV) {
		double oldCramersV = cramersV;
		cramersV = newCramersV;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__CRAMERS_V, oldCramersV, cramersV));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getChiSquare() {
		return chiSquare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChiSquare(double newChiSquare) {
		double oldChiSquare = chiSquare;
		chiSquare = newChiSquare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__CHI_SQUARE, oldChiSquare, chiSquare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPValue() {
		return pValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPValue(double newPValue) {
		double oldPValue = pValue;
		pValue = newPValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__PVALUE, oldPValue, pValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttributeOnlyAuc() {
		return attributeOnlyAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeOnlyAuc(double newAttributeOnlyAuc) {
		double oldAttributeOnlyAuc = attributeOnlyAuc;
		attributeOnlyAuc = newAttributeOnlyAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC, oldAttributeOnlyAuc, attributeOnlyAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDegreesOfFreedom() {
		return degreesOfFreedom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDegreesOfFreedom(int newDegreesOfFreedom) {
		int oldDegreesOfFreedom = degreesOfFreedom;
		degreesOfFreedom = newDegreesOfFreedom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__DEGREES_OF_FREEDOM, oldDegreesOfFreedom, degreesOfFreedom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMutualInformation() {
		return mutualInformation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMutualInformation(double newMutualInformation) {
		double oldMutualInformation = mutualInformation;
		mutualInformation = newMutualInformation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__MUTUAL_INFORMATION, oldMutualInformation, mutualInformation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN(int newN) {
		int oldN = n;
		n = newN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_ASSOCIATION__N, oldN, n));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE:
				return getAttribute();
			case RunPackage.DATASET_ASSOCIATION__LABEL:
				return getLabel();
			case RunPackage.DATASET_ASSOCIATION__CRAMERS_V:
				return getCramersV();
			case RunPackage.DATASET_ASSOCIATION__CHI_SQUARE:
				return getChiSquare();
			case RunPackage.DATASET_ASSOCIATION__PVALUE:
				return getPValue();
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC:
				return getAttributeOnlyAuc();
			case RunPackage.DATASET_ASSOCIATION__DEGREES_OF_FREEDOM:
				return getDegreesOfFreedom();
			case RunPackage.DATASET_ASSOCIATION__MUTUAL_INFORMATION:
				return getMutualInformation();
			case RunPackage.DATASET_ASSOCIATION__N:
				return getN();
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
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__CRAMERS_V:
				setCramersV((Double)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__CHI_SQUARE:
				setChiSquare((Double)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__PVALUE:
				setPValue((Double)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC:
				setAttributeOnlyAuc((Double)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__DEGREES_OF_FREEDOM:
				setDegreesOfFreedom((Integer)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__MUTUAL_INFORMATION:
				setMutualInformation((Double)newValue);
				return;
			case RunPackage.DATASET_ASSOCIATION__N:
				setN((Integer)newValue);
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
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__CRAMERS_V:
				setCramersV(CRAMERS_V_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__CHI_SQUARE:
				setChiSquare(CHI_SQUARE_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__PVALUE:
				setPValue(PVALUE_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC:
				setAttributeOnlyAuc(ATTRIBUTE_ONLY_AUC_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__DEGREES_OF_FREEDOM:
				setDegreesOfFreedom(DEGREES_OF_FREEDOM_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__MUTUAL_INFORMATION:
				setMutualInformation(MUTUAL_INFORMATION_EDEFAULT);
				return;
			case RunPackage.DATASET_ASSOCIATION__N:
				setN(N_EDEFAULT);
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
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.DATASET_ASSOCIATION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.DATASET_ASSOCIATION__CRAMERS_V:
				return cramersV != CRAMERS_V_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__CHI_SQUARE:
				return chiSquare != CHI_SQUARE_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__PVALUE:
				return pValue != PVALUE_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC:
				return attributeOnlyAuc != ATTRIBUTE_ONLY_AUC_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__DEGREES_OF_FREEDOM:
				return degreesOfFreedom != DEGREES_OF_FREEDOM_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__MUTUAL_INFORMATION:
				return mutualInformation != MUTUAL_INFORMATION_EDEFAULT;
			case RunPackage.DATASET_ASSOCIATION__N:
				return n != N_EDEFAULT;
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
		result.append(" (attribute: ");
		result.append(attribute);
		result.append(", label: ");
		result.append(label);
		result.append(", cramersV: ");
		result.append(cramersV);
		result.append(", chiSquare: ");
		result.append(chiSquare);
		result.append(", pValue: ");
		result.append(pValue);
		result.append(", attributeOnlyAuc: ");
		result.append(attributeOnlyAuc);
		result.append(", degreesOfFreedom: ");
		result.append(degreesOfFreedom);
		result.append(", mutualInformation: ");
		result.append(mutualInformation);
		result.append(", n: ");
		result.append(n);
		result.append(')');
		return result.toString();
	}

} //DatasetAssociationImpl
