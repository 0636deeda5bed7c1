/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;
import java.util.Date;

import org.confounderlab.model.run.AuditWarning;
import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SubgroupPrevalence;

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
 * An implementation of the model object '<em><b>Dataset Audit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getManifest <em>Manifest</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getImageCount <em>Image Count</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getAssociations <em>Associations</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getPrevalences <em>Prevalences</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getImageProperties <em>Image Properties</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DatasetAuditImpl#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetAuditImpl extends EObjectImpl implements DatasetAudit {
	/**
	 * The default value of the '{@link #getManifest() <em>Manifest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifest()
	 * @generated
	 * @ordered
	 */
	protected static final String MANIFEST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManifest() <em>Manifest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManifest()
	 * @generated
	 * @ordered
	 */
	protected String manifest = MANIFEST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getImageCount() <em>Image Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int IMAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getImageCount() <em>Image Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageCount()
	 * @generated
	 * @ordered
	 */
	protected int imageCount = IMAGE_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssociations() <em>Associations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssociations()
	 * @generated
	 * @ordered
	 */
	protected EList<DatasetAssociation> associations;

	/**
	 * The cached value of the '{@link #getPrevalences() <em>Prevalences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevalences()
	 * @generated
	 * @ordered
	 */
	protected EList<SubgroupPrevalence> prevalences;

	/**
	 * The cached value of the '{@link #getImageProperties() <em>Image Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<ImagePropertyAudit> imageProperties;

	/**
	 * The cached value of the '{@link #getWarnings() <em>Warnings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarnings()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditWarning> warnings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetAuditImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.DATASET_AUDIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManifest() {
		return manifest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManifest(String newManifest) {
		String oldManifest = manifest;
		manifest = newManifest;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_AUDIT__MANIFEST, oldManifest, manifest));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_AUDIT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getImageCount() {
		return imageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageCount(int newImageCount) {
		int oldImageCount = imageCount;
		imageCount = newImageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DATASET_AUDIT__IMAGE_COUNT, oldImageCount, imageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DatasetAssociation> getAssociations() {
		if (associations == null) {
			associations = new EObjectContainmentEList<DatasetAssociation>(DatasetAssociation.class, this, RunPackage.DATASET_AUDIT__ASSOCIATIONS);
		}
		return associations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SubgroupPrevalence> getPrevalences() {
		if (prevalences == null) {
			prevalences = new EObjectContainmentEList<SubgroupPrevalence>(SubgroupPrevalence.class, this, RunPackage.DATASET_AUDIT__PREVALENCES);
		}
		return prevalences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImagePropertyAudit> getImageProperties() {
		if (imageProperties == null) {
			imageProperties = new EObjectContainmentEList<ImagePropertyAudit>(ImagePropertyAudit.class, this, RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES);
		}
		return imageProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditWarning> getWarnings() {
		if (warnings == null) {
			warnings = new EObjectContainmentEList<AuditWarning>(AuditWarning.class, this, RunPackage.DATASET_AUDIT__WARNINGS);
		}
		return warnings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.DATASET_AUDIT__ASSOCIATIONS:
				return ((InternalEList<?>)getAssociations()).basicRemove(otherEnd, msgs);
			case RunPackage.DATASET_AUDIT__PREVALENCES:
				return ((InternalEList<?>)getPrevalences()).basicRemove(otherEnd, msgs);
			case RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES:
				return ((InternalEList<?>)getImageProperties()).basicRemove(otherEnd, msgs);
			case RunPackage.DATASET_AUDIT__WARNINGS:
				return ((InternalEList<?>)getWarnings()).basicRemove(otherEnd, msgs);
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
			case RunPackage.DATASET_AUDIT__MANIFEST:
				return getManifest();
			case RunPackage.DATASET_AUDIT__CREATED_AT:
				return getCreatedAt();
			case RunPackage.DATASET_AUDIT__IMAGE_COUNT:
				return getImageCount();
			case RunPackage.DATASET_AUDIT__ASSOCIATIONS:
				return getAssociations();
			case RunPackage.DATASET_AUDIT__PREVALENCES:
				return getPrevalences();
			case RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES:
				return getImageProperties();
			case RunPackage.DATASET_AUDIT__WARNINGS:
				return getWarnings();
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
			case RunPackage.DATASET_AUDIT__MANIFEST:
				setManifest((String)newValue);
				return;
			case RunPackage.DATASET_AUDIT__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case RunPackage.DATASET_AUDIT__IMAGE_COUNT:
				setImageCount((Integer)newValue);
				return;
			case RunPackage.DATASET_AUDIT__ASSOCIATIONS:
				getAssociations().clear();
				getAssociations().addAll((Collection<? extends DatasetAssociation>)newValue);
				return;
			case RunPackage.DATASET_AUDIT__PREVALENCES:
				getPrevalences().clear();
				getPrevalences().addAll((Collection<? extends SubgroupPrevalence>)newValue);
				return;
			case RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES:
				getImageProperties().clear();
				getImageProperties().addAll((Collection<? extends ImagePropertyAudit>)newValue);
				return;
			case RunPackage.DATASET_AUDIT__WARNINGS:
				getWarnings().clear();
				getWarnings().addAll((Collection<? extends AuditWarning>)newValue);
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
			case RunPackage.DATASET_AUDIT__MANIFEST:
				setManifest(MANIFEST_EDEFAULT);
				return;
			case RunPackage.DATASET_AUDIT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case RunPackage.DATASET_AUDIT__IMAGE_COUNT:
				setImageCount(IMAGE_COUNT_EDEFAULT);
				return;
			case RunPackage.DATASET_AUDIT__ASSOCIATIONS:
				getAssociations().clear();
				return;
			case RunPackage.DATASET_AUDIT__PREVALENCES:
				getPrevalences().clear();
				return;
			case RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES:
				getImageProperties().clear();
				return;
			case RunPackage.DATASET_AUDIT__WARNINGS:
				getWarnings().clear();
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
			case RunPackage.DATASET_AUDIT__MANIFEST:
				return MANIFEST_EDEFAULT == null ? manifest != null : !MANIFEST_EDEFAULT.equals(manifest);
			case RunPackage.DATASET_AUDIT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case RunPackage.DATASET_AUDIT__IMAGE_COUNT:
				return imageCount != IMAGE_COUNT_EDEFAULT;
			case RunPackage.DATASET_AUDIT__ASSOCIATIONS:
				return associations != null && !associations.isEmpty();
			case RunPackage.DATASET_AUDIT__PREVALENCES:
				return prevalences != null && !prevalences.isEmpty();
			case RunPackage.DATASET_AUDIT__IMAGE_PROPERTIES:
				return imageProperties != null && !imageProperties.isEmpty();
			case RunPackage.DATASET_AUDIT__WARNINGS:
				return warnings != null && !warnings.isEmpty();
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
		result.append(" (manifest: ");
		result.append(manifest);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", imageCount: ");
		result.append(imageCount);
		result.append(')');
		return result.toString();
	}

} //DatasetAuditImpl
