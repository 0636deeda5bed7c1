/**
 */
package org.confounderlab.model.run;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Audit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How strongly each attribute (and each marker region's presence) goes with each label in a data set. Saved on its own as a .audit file, or inside a run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getManifest <em>Manifest</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getImageCount <em>Image Count</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getAssociations <em>Associations</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getPrevalences <em>Prevalences</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getImageProperties <em>Image Properties</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAudit#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit()
 * @model
 * @generated
 */
public interface DatasetAudit extends EObject {
	/**
	 * Returns the value of the '<em><b>Manifest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manifest</em>' attribute.
	 * @see #setManifest(String)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_Manifest()
	 * @model
	 * @generated
	 */
	String getManifest();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAudit#getManifest <em>Manifest</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manifest</em>' attribute.
	 * @see #getManifest()
	 * @generated
	 */
	void setManifest(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAudit#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Image Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Count</em>' attribute.
	 * @see #setImageCount(int)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_ImageCount()
	 * @model default="0"
	 * @generated
	 */
	int getImageCount();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAudit#getImageCount <em>Image Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Count</em>' attribute.
	 * @see #getImageCount()
	 * @generated
	 */
	void setImageCount(int value);

	/**
	 * Returns the value of the '<em><b>Associations</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.DatasetAssociation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Associations</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_Associations()
	 * @model containment="true"
	 * @generated
	 */
	EList<DatasetAssociation> getAssociations();

	/**
	 * Returns the value of the '<em><b>Prevalences</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.SubgroupPrevalence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevalences</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_Prevalences()
	 * @model containment="true"
	 * @generated
	 */
	EList<SubgroupPrevalence> getPrevalences();

	/**
	 * Returns the value of the '<em><b>Image Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.ImagePropertyAudit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each property measured from the pixels (image:mean_intensity, image:border_width, ...) against each label, with its DeLong interval and its drift between the training and test images; empty when the images were not measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Properties</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_ImageProperties()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImagePropertyAudit> getImageProperties();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.AuditWarning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Implausible, inconsistent or leaking metadata: impossible ages, unexpected sex values, patients whose sex changes, duplicate images, label names in other columns, attributes that predict a label almost perfectly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Warnings</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAudit_Warnings()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuditWarning> getWarnings();

} // DatasetAudit
