/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epoch Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getIndex <em>Index</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getTrainLoss <em>Train Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getValidationLoss <em>Validation Loss</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#isBackboneFrozen <em>Backbone Frozen</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getLabelAucs <em>Label Aucs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.EpochRecord#getLossTerms <em>Loss Terms</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getEpochRecord()
 * @model
 * @generated
 */
public interface EpochRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_Index()
	 * @model default="0"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Train Loss</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Loss</em>' attribute.
	 * @see #setTrainLoss(double)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_TrainLoss()
	 * @model default="0.0"
	 * @generated
	 */
	double getTrainLoss();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#getTrainLoss <em>Train Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Loss</em>' attribute.
	 * @see #getTrainLoss()
	 * @generated
	 */
	void setTrainLoss(double value);

	/**
	 * Returns the value of the '<em><b>Validation Loss</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Loss</em>' attribute.
	 * @see #setValidationLoss(double)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_ValidationLoss()
	 * @model default="0.0"
	 * @generated
	 */
	double getValidationLoss();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#getValidationLoss <em>Validation Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Loss</em>' attribute.
	 * @see #getValidationLoss()
	 * @generated
	 */
	void setValidationLoss(double value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_DurationMillis()
	 * @model default="0"
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_LearningRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Backbone Frozen</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the classifier learned in this epoch (the experiment's freezeEpochs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backbone Frozen</em>' attribute.
	 * @see #setBackboneFrozen(boolean)
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_BackboneFrozen()
	 * @model default="false"
	 * @generated
	 */
	boolean isBackboneFrozen();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.EpochRecord#isBackboneFrozen <em>Backbone Frozen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backbone Frozen</em>' attribute.
	 * @see #isBackboneFrozen()
	 * @generated
	 */
	void setBackboneFrozen(boolean value);

	/**
	 * Returns the value of the '<em><b>Label Aucs</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.LabelValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Aucs</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_LabelAucs()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelValue> getLabelAucs();

	/**
	 * Returns the value of the '<em><b>Loss Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.LossTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With distillation: each term of the training loss, its mean over the epoch's steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss Terms</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getEpochRecord_LossTerms()
	 * @model containment="true"
	 * @generated
	 */
	EList<LossTerm> getLossTerms();

} // EpochRecord
