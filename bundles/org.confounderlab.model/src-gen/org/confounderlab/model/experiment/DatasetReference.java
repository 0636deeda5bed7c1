/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getFormat <em>Format</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getLocation <em>Location</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getLabelNames <em>Label Names</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getUncertainLabelPolicy <em>Uncertain Label Policy</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getBadImagePolicy <em>Bad Image Policy</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DatasetReference#getDicomIntensity <em>Dicom Intensity</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference()
 * @model
 * @generated
 */
public interface DatasetReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The default value is <code>"GENERIC_CSV"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.DatasetFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.confounderlab.model.experiment.DatasetFormat
	 * @see #setFormat(DatasetFormat)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_Format()
	 * @model default="GENERIC_CSV"
	 * @generated
	 */
	DatasetFormat getFormat();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DatasetReference#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.confounderlab.model.experiment.DatasetFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DatasetFormat value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the dataset (manifest file or folder), relative to the experiment file or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DatasetReference#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Label Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Names</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_LabelNames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLabelNames();

	/**
	 * Returns the value of the '<em><b>Uncertain Label Policy</b></em>' attribute.
	 * The default value is <code>"IGNORE"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.UncertainLabelPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uncertain Label Policy</em>' attribute.
	 * @see org.confounderlab.model.experiment.UncertainLabelPolicy
	 * @see #setUncertainLabelPolicy(UncertainLabelPolicy)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_UncertainLabelPolicy()
	 * @model default="IGNORE"
	 * @generated
	 */
	UncertainLabelPolicy getUncertainLabelPolicy();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DatasetReference#getUncertainLabelPolicy <em>Uncertain Label Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uncertain Label Policy</em>' attribute.
	 * @see org.confounderlab.model.experiment.UncertainLabelPolicy
	 * @see #getUncertainLabelPolicy()
	 * @generated
	 */
	void setUncertainLabelPolicy(UncertainLabelPolicy value);

	/**
	 * Returns the value of the '<em><b>Bad Image Policy</b></em>' attribute.
	 * The default value is <code>"SKIP"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.BadImagePolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an image that cannot be read (corrupt, truncated, missing) does; such images are found before training. SKIP leaves it out of every split, counted and listed in the run folder's bad-images.tsv; STOP fails the run before training, naming it. The command line's --on-bad-image and the launch configuration's Overrides tab override it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bad Image Policy</em>' attribute.
	 * @see org.confounderlab.model.experiment.BadImagePolicy
	 * @see #setBadImagePolicy(BadImagePolicy)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_BadImagePolicy()
	 * @model default="SKIP"
	 * @generated
	 */
	BadImagePolicy getBadImagePolicy();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DatasetReference#getBadImagePolicy <em>Bad Image Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bad Image Policy</em>' attribute.
	 * @see org.confounderlab.model.experiment.BadImagePolicy
	 * @see #getBadImagePolicy()
	 * @generated
	 */
	void setBadImagePolicy(BadImagePolicy value);

	/**
	 * Returns the value of the '<em><b>Dicom Intensity</b></em>' attribute.
	 * The default value is <code>"STORED_RANGE"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.DicomIntensity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a DICOM image's values, after the modality transform and the inversion of MONOCHROME1, become intensities in [0, 1]: STORED_RANGE maps the full range its stored bits allow (the same for every file of a scanner); FIRST_VOI_WINDOW maps the first Window Center / Width of the file (a linear window as PS3.3 C.11.2.1.2.1 defines it), or the stored range in a file without one. PNG and JPEG images are not affected. Another choice builds another preprocessed cache.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dicom Intensity</em>' attribute.
	 * @see org.confounderlab.model.experiment.DicomIntensity
	 * @see #setDicomIntensity(DicomIntensity)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetReference_DicomIntensity()
	 * @model default="STORED_RANGE"
	 * @generated
	 */
	DicomIntensity getDicomIntensity();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DatasetReference#getDicomIntensity <em>Dicom Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Intensity</em>' attribute.
	 * @see org.confounderlab.model.experiment.DicomIntensity
	 * @see #getDicomIntensity()
	 * @generated
	 */
	void setDicomIntensity(DicomIntensity value);

} // DatasetReference
