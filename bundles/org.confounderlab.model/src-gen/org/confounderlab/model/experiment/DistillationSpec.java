/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distillation Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherData <em>Teacher Data</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherFraction <em>Teacher Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherEpochs <em>Teacher Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getCleanValue <em>Clean Value</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getLayerWeight <em>Layer Weight</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistillationSpec#getFinalLayerWeight <em>Final Layer Weight</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec()
 * @model
 * @generated
 */
public interface DistillationSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Teacher Data</b></em>' attribute.
	 * The default value is <code>"MASKED_IMAGES"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.TeacherData}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the teacher learns from: MASKED_IMAGES, a random share (teacherFraction) of the training images with the regions of the masking interventions covered (the teacher also sees the student's images covered); BALANCED_SUBSET, the largest subset of the training images in which every subgroup of the attribute has the label prevalence of the whole; CLEAN_SUBSET, the training images whose attribute equals cleanValue (a split the user knows is clean).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Data</em>' attribute.
	 * @see org.confounderlab.model.experiment.TeacherData
	 * @see #setTeacherData(TeacherData)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_TeacherData()
	 * @model default="MASKED_IMAGES"
	 * @generated
	 */
	TeacherData getTeacherData();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherData <em>Teacher Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Data</em>' attribute.
	 * @see org.confounderlab.model.experiment.TeacherData
	 * @see #getTeacherData()
	 * @generated
	 */
	void setTeacherData(TeacherData value);

	/**
	 * Returns the value of the '<em><b>Teacher Fraction</b></em>' attribute.
	 * The default value is <code>"0.25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With MASKED_IMAGES: the share of the training images the teacher is trained on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Fraction</em>' attribute.
	 * @see #setTeacherFraction(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_TeacherFraction()
	 * @model default="0.25"
	 * @generated
	 */
	double getTeacherFraction();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherFraction <em>Teacher Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Fraction</em>' attribute.
	 * @see #getTeacherFraction()
	 * @generated
	 */
	void setTeacherFraction(double value);

	/**
	 * Returns the value of the '<em><b>Teacher Epochs</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs to train the teacher; 0 = as many optimisation steps as the student takes (the student's epochs times training images over the teacher's images, at most ten times the student's epochs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Epochs</em>' attribute.
	 * @see #setTeacherEpochs(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_TeacherEpochs()
	 * @model default="0"
	 * @generated
	 */
	int getTeacherEpochs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherEpochs <em>Teacher Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Epochs</em>' attribute.
	 * @see #getTeacherEpochs()
	 * @generated
	 */
	void setTeacherEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With BALANCED_SUBSET the attribute to balance; with CLEAN_SUBSET the attribute that names the clean images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute</em>' reference.
	 * @see #setAttribute(ConfounderAttribute)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_Attribute()
	 * @model
	 * @generated
	 */
	ConfounderAttribute getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getAttribute <em>Attribute</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' reference.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(ConfounderAttribute value);

	/**
	 * Returns the value of the '<em><b>Clean Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With CLEAN_SUBSET: the attribute value of the clean images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clean Value</em>' attribute.
	 * @see #setCleanValue(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_CleanValue()
	 * @model
	 * @generated
	 */
	String getCleanValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getCleanValue <em>Clean Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clean Value</em>' attribute.
	 * @see #getCleanValue()
	 * @generated
	 */
	void setCleanValue(String value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.DistilledLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intermediate layers whose activations the student matches to the teacher's (mean squared error), each with its weight; none = every layer Grad-CAM can explain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<DistilledLayer> getLayers();

	/**
	 * Returns the value of the '<em><b>Layer Weight</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of each layer term when no layers are listed (every layer Grad-CAM can explain is matched).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer Weight</em>' attribute.
	 * @see #setLayerWeight(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_LayerWeight()
	 * @model default="5.0"
	 * @generated
	 */
	double getLayerWeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getLayerWeight <em>Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Weight</em>' attribute.
	 * @see #getLayerWeight()
	 * @generated
	 */
	void setLayerWeight(double value);

	/**
	 * Returns the value of the '<em><b>Final Layer Weight</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the final-layer term, the cross-entropy between the student's and the teacher's predicted probabilities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Final Layer Weight</em>' attribute.
	 * @see #setFinalLayerWeight(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistillationSpec_FinalLayerWeight()
	 * @model default="5.0"
	 * @generated
	 */
	double getFinalLayerWeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistillationSpec#getFinalLayerWeight <em>Final Layer Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Final Layer Weight</em>' attribute.
	 * @see #getFinalLayerWeight()
	 * @generated
	 */
	void setFinalLayerWeight(double value);

} // DistillationSpec
