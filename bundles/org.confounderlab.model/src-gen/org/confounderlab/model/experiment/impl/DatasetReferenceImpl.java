/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.BadImagePolicy;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.UncertainLabelPolicy;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getLabelNames <em>Label Names</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getUncertainLabelPolicy <em>Uncertain Label Policy</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getBadImagePolicy <em>Bad Image Policy</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl#getDicomIntensity <em>Dicom Intensity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetReferenceImpl extends EObjectImpl implements DatasetReference {
	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DatasetFormat FORMAT_EDEFAULT = DatasetFormat.GENERIC_CSV;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DatasetFormat format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelNames() <em>Label Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> labelNames;

	/**
	 * The default value of the '{@link #getUncertainLabelPolicy() <em>Uncertain Label Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainLabelPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final UncertainLabelPolicy UNCERTAIN_LABEL_POLICY_EDEFAULT = UncertainLabelPolicy.IGNORE;

	/**
	 * The cached value of the '{@link #getUncertainLabelPolicy() <em>Uncertain Label Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUncertainLabelPolicy()
	 * @generated
	 * @ordered
	 */
	protected UncertainLabelPolicy uncertainLabelPolicy = UNCERTAIN_LABEL_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBadImagePolicy() <em>Bad Image Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBadImagePolicy()
	 * @generated
	 * @ordered
	 */
	protected static final BadImagePolicy BAD_IMAGE_POLICY_EDEFAULT = BadImagePolicy.SKIP;

	/**
	 * The cached value of the '{@link #getBadImagePolicy() <em>Bad Image Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBadImagePolicy()
	 * @generated
	 * @ordered
	 */
	protected BadImagePolicy badImagePolicy = BAD_IMAGE_POLICY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomIntensity() <em>Dicom Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final DicomIntensity DICOM_INTENSITY_EDEFAULT = DicomIntensity.STORED_RANGE;

	/**
	 * The cached value of the '{@link #getDicomIntensity() <em>Dicom Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomIntensity()
	 * @generated
	 * @ordered
	 */
	protected DicomIntensity dicomIntensity = DICOM_INTENSITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.DATASET_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DatasetFormat newFormat) {
		DatasetFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REFERENCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REFERENCE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLabelNames() {
		if (labelNames == null) {
			labelNames = new EDataTypeEList<String>(String.class, this, ExperimentPackage.DATASET_REFERENCE__LABEL_NAMES);
		}
		return labelNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UncertainLabelPolicy getUncertainLabelPolicy() {
		return uncertainLabelPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUncertainLabelPolicy(UncertainLabelPolicy newUncertainLabelPolicy) {
		UncertainLabelPolicy oldUncertainLabelPolicy = uncertainLabelPolicy;
		uncertainLabelPolicy = newUncertainLabelPolicy == null ? UNCERTAIN_LABEL_POLICY_EDEFAULT : newUncertainLabelPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY, oldUncertainLabelPolicy, uncertainLabelPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BadImagePolicy getBadImagePolicy() {
		return badImagePolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBadImagePolicy(BadImagePolicy newBadImagePolicy) {
		BadImagePolicy oldBadImagePolicy = badImagePolicy;
		badImagePolicy = newBadImagePolicy == null ? BAD_IMAGE_POLICY_EDEFAULT : newBadImagePolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REFERENCE__BAD_IMAGE_POLICY, oldBadImagePolicy, badImagePolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DicomIntensity getDicomIntensity() {
		return dicomIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomIntensity(DicomIntensity newDicomIntensity) {
		DicomIntensity oldDicomIntensity = dicomIntensity;
		dicomIntensity = newDicomIntensity == null ? DICOM_INTENSITY_EDEFAULT : newDicomIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DATASET_REFERENCE__DICOM_INTENSITY, oldDicomIntensity, dicomIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.DATASET_REFERENCE__FORMAT:
				return getFormat();
			case ExperimentPackage.DATASET_REFERENCE__LOCATION:
				return getLocation();
			case ExperimentPackage.DATASET_REFERENCE__LABEL_NAMES:
				return getLabelNames();
			case ExperimentPackage.DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY:
				return getUncertainLabelPolicy();
			case ExperimentPackage.DATASET_REFERENCE__BAD_IMAGE_POLICY:
				return getBadImagePolicy();
			case ExperimentPackage.DATASET_REFERENCE__DICOM_INTENSITY:
				return getDicomIntensity();
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
			case ExperimentPackage.DATASET_REFERENCE__FORMAT:
				setFormat((DatasetFormat)newValue);
				return;
			case ExperimentPackage.DATASET_REFERENCE__LOCATION:
				setLocation((String)newValue);
				return;
			case ExperimentPackage.DATASET_REFERENCE__LABEL_NAMES:
				getLabelNames().clear();
				getLabelNames().addAll((Collection<? extends String>)newValue);
				return;
			case ExperimentPackage.DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY:
				setUncertainLabelPolicy((UncertainLabelPolicy)newValue);
				return;
			case ExperimentPackage.DATASET_REFERENCE__BAD_IMAGE_POLICY:
				setBadImagePolicy((BadImagePolicy)newValue);
				return;
			case ExperimentPackage.DATASET_REFERENCE__DICOM_INTENSITY:
				setDicomIntensity((DicomIntensity)newValue);
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
			case ExperimentPackage.DATASET_REFERENCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REFERENCE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REFERENCE__LABEL_NAMES:
				getLabelNames().clear();
				return;
			case ExperimentPackage.DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY:
				setUncertainLabelPolicy(UNCERTAIN_LABEL_POLICY_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REFERENCE__BAD_IMAGE_POLICY:
				setBadImagePolicy(BAD_IMAGE_POLICY_EDEFAULT);
				return;
			case ExperimentPackage.DATASET_REFERENCE__DICOM_INTENSITY:
				setDicomIntensity(DICOM_INTENSITY_EDEFAULT);
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
			case ExperimentPackage.DATASET_REFERENCE__FORMAT:
				return format != FORMAT_EDEFAULT;
			case ExperimentPackage.DATASET_REFERENCE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ExperimentPackage.DATASET_REFERENCE__LABEL_NAMES:
				return labelNames != null && !labelNames.isEmpty();
			case ExperimentPackage.DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY:
				return uncertainLabelPolicy != UNCERTAIN_LABEL_POLICY_EDEFAULT;
			case ExperimentPackage.DATASET_REFERENCE__BAD_IMAGE_POLICY:
				return badImagePolicy != BAD_IMAGE_POLICY_EDEFAULT;
			case ExperimentPackage.DATASET_REFERENCE__DICOM_INTENSITY:
				return dicomIntensity != DICOM_INTENSITY_EDEFAULT;
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
		result.append(" (format: ");
		result.append(format);
		result.append(", location: ");
		result.append(location);
		result.append(", labelNames: ");
		result.append(labelNames);
		result.append(", uncertainLabelPolicy: ");
		result.append(uncertainLabelPolicy);
		result.append(", badImagePolicy: ");
		result.append(badImagePolicy);
		result.append(", dicomIntensity: ");
		result.append(dicomIntensity);
		result.append(')');
		return result.toString();
	}

} //DatasetReferenceImpl
