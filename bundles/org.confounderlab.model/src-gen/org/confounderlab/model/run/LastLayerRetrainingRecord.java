/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Last Layer Retraining Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What deep feature reweighting (DFR) fitted: the groups, the held-out images, the subsets and the held-out AUC before and after.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getHeldOutImages <em>Held Out Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getCells <em>Cells</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsetSize <em>Subset Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getRegularisation <em>Regularisation</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucBefore <em>Validation Auc Before</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucAfter <em>Validation Auc After</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucBefore <em>Worst Group Auc Before</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucAfter <em>Worst Group Auc After</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord()
 * @model
 * @generated
 */
public interface LastLayerRetrainingRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confounder whose subgroups were balanced (an attribute, or region NAME).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(String)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_Groups()
	 * @model
	 * @generated
	 */
	String getGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getGroups <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groups</em>' attribute.
	 * @see #getGroups()
	 * @generated
	 */
	void setGroups(String value);

	/**
	 * Returns the value of the '<em><b>Held Out Images</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The validation images whose features were fitted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Held Out Images</em>' attribute.
	 * @see #setHeldOutImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_HeldOutImages()
	 * @model default="0"
	 * @generated
	 */
	int getHeldOutImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getHeldOutImages <em>Held Out Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held Out Images</em>' attribute.
	 * @see #getHeldOutImages()
	 * @generated
	 */
	void setHeldOutImages(int value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each group's images per class among the held-out images, and the size each was subsampled to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells</em>' attribute.
	 * @see #setCells(String)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_Cells()
	 * @model
	 * @generated
	 */
	String getCells();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getCells <em>Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cells</em>' attribute.
	 * @see #getCells()
	 * @generated
	 */
	void setCells(String value);

	/**
	 * Returns the value of the '<em><b>Subset Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Images per group and class in each subset (the smallest group's), for the first label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subset Size</em>' attribute.
	 * @see #setSubsetSize(int)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_SubsetSize()
	 * @model default="0"
	 * @generated
	 */
	int getSubsetSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsetSize <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subset Size</em>' attribute.
	 * @see #getSubsetSize()
	 * @generated
	 */
	void setSubsetSize(int value);

	/**
	 * Returns the value of the '<em><b>Subsets</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of subsets whose coefficients were averaged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsets</em>' attribute.
	 * @see #setSubsets(int)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_Subsets()
	 * @model default="0"
	 * @generated
	 */
	int getSubsets();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsets <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsets</em>' attribute.
	 * @see #getSubsets()
	 * @generated
	 */
	void setSubsets(int value);

	/**
	 * Returns the value of the '<em><b>Regularisation</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The inverse regularisation strength C used (given, or chosen on held-out halves), for the first label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regularisation</em>' attribute.
	 * @see #setRegularisation(double)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_Regularisation()
	 * @model default="1.0"
	 * @generated
	 */
	double getRegularisation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getRegularisation <em>Regularisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regularisation</em>' attribute.
	 * @see #getRegularisation()
	 * @generated
	 */
	void setRegularisation(double value);

	/**
	 * Returns the value of the '<em><b>Validation Auc Before</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first label's AUC on all held-out (validation) images with the trained final layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Auc Before</em>' attribute.
	 * @see #setValidationAucBefore(double)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_ValidationAucBefore()
	 * @model default="NaN"
	 * @generated
	 */
	double getValidationAucBefore();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucBefore <em>Validation Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Auc Before</em>' attribute.
	 * @see #getValidationAucBefore()
	 * @generated
	 */
	void setValidationAucBefore(double value);

	/**
	 * Returns the value of the '<em><b>Validation Auc After</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same with the re-fitted final layer; at or below 0.5 the features hold nothing the re-fit could weigh into the label (the run counts as not learned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Auc After</em>' attribute.
	 * @see #setValidationAucAfter(double)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_ValidationAucAfter()
	 * @model default="NaN"
	 * @generated
	 */
	double getValidationAucAfter();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucAfter <em>Validation Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Auc After</em>' attribute.
	 * @see #getValidationAucAfter()
	 * @generated
	 */
	void setValidationAucAfter(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc Before</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On the held-out images: the worst group's AUC with the trained final layer (NaN when no group has both classes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Group Auc Before</em>' attribute.
	 * @see #setWorstGroupAucBefore(double)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_WorstGroupAucBefore()
	 * @model default="NaN"
	 * @generated
	 */
	double getWorstGroupAucBefore();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucBefore <em>Worst Group Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc Before</em>' attribute.
	 * @see #getWorstGroupAucBefore()
	 * @generated
	 */
	void setWorstGroupAucBefore(double value);

	/**
	 * Returns the value of the '<em><b>Worst Group Auc After</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same with the re-fitted final layer (in-sample for the images the subsets drew).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Worst Group Auc After</em>' attribute.
	 * @see #setWorstGroupAucAfter(double)
	 * @see org.confounderlab.model.run.RunPackage#getLastLayerRetrainingRecord_WorstGroupAucAfter()
	 * @model default="NaN"
	 * @generated
	 */
	double getWorstGroupAucAfter();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucAfter <em>Worst Group Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Group Auc After</em>' attribute.
	 * @see #getWorstGroupAucAfter()
	 * @generated
	 */
	void setWorstGroupAucAfter(double value);

} // LastLayerRetrainingRecord
