/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distillation Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getTeacherData <em>Teacher Data</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getTeacherImages <em>Teacher Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getTeacherModel <em>Teacher Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getKeptEpoch <em>Kept Epoch</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getTeacherEpochs <em>Teacher Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DistillationRecord#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord()
 * @model
 * @generated
 */
public interface DistillationRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Teacher Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the teacher was trained on, in words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Data</em>' attribute.
	 * @see #setTeacherData(String)
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_TeacherData()
	 * @model
	 * @generated
	 */
	String getTeacherData();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DistillationRecord#getTeacherData <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Data</em>' attribute.
	 * @see #getTeacherData()
	 * @generated
	 */
	void setTeacherData(String value);

	/**
	 * Returns the value of the '<em><b>Teacher Images</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teacher Images</em>' attribute.
	 * @see #setTeacherImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_TeacherImages()
	 * @model default="0"
	 * @generated
	 */
	int getTeacherImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DistillationRecord#getTeacherImages <em>Teacher Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Images</em>' attribute.
	 * @see #getTeacherImages()
	 * @generated
	 */
	void setTeacherImages(int value);

	/**
	 * Returns the value of the '<em><b>Teacher Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The teacher's model file, relative to the run folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Model</em>' attribute.
	 * @see #setTeacherModel(String)
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_TeacherModel()
	 * @model
	 * @generated
	 */
	String getTeacherModel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DistillationRecord#getTeacherModel <em>Teacher Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Model</em>' attribute.
	 * @see #getTeacherModel()
	 * @generated
	 */
	void setTeacherModel(String value);

	/**
	 * Returns the value of the '<em><b>Kept Epoch</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The teacher epoch whose weights the student learned from (the best one with early stopping, else the last); 0 before the teacher is trained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kept Epoch</em>' attribute.
	 * @see #setKeptEpoch(int)
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_KeptEpoch()
	 * @model default="0"
	 * @generated
	 */
	int getKeptEpoch();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DistillationRecord#getKeptEpoch <em>Kept Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kept Epoch</em>' attribute.
	 * @see #getKeptEpoch()
	 * @generated
	 */
	void setKeptEpoch(int value);

	/**
	 * Returns the value of the '<em><b>Teacher Epochs</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.EpochRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teacher Epochs</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_TeacherEpochs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpochRecord> getTeacherEpochs();

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.LossTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distillation terms with their weights and scales; value = each term before training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getDistillationRecord_Terms()
	 * @model containment="true"
	 * @generated
	 */
	EList<LossTerm> getTerms();

} // DistillationRecord
