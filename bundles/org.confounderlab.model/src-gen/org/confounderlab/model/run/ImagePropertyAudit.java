/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Property Audit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One image property alone predicting one label (an AUC taken in the direction that predicts it, with DeLong's interval), and the same property telling the test images from the training images (the drift AUC, a Mann-Whitney two-sample test against 0.5). Statistics that could not be computed are NaN.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getProperty <em>Property</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#isHigherIsPositive <em>Higher Is Positive</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftAuc <em>Drift Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiLower <em>Drift Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiUpper <em>Drift Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftP <em>Drift P</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftNote <em>Drift Note</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit()
 * @model
 * @generated
 */
public interface ImagePropertyAudit extends EObject {
	/**
	 * Returns the value of the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property</em>' attribute.
	 * @see #setProperty(String)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_Property()
	 * @model
	 * @generated
	 */
	String getProperty();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getProperty <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Property</em>' attribute.
	 * @see #getProperty()
	 * @generated
	 */
	void setProperty(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

	/**
	 * Returns the value of the '<em><b>Auc</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auc</em>' attribute.
	 * @see #setAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_Auc()
	 * @model default="NaN"
	 * @generated
	 */
	double getAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getAuc <em>Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auc</em>' attribute.
	 * @see #getAuc()
	 * @generated
	 */
	void setAuc(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_CiLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getCiLower <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Lower</em>' attribute.
	 * @see #getCiLower()
	 * @generated
	 */
	void setCiLower(double value);

	/**
	 * Returns the value of the '<em><b>Ci Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Upper</em>' attribute.
	 * @see #setCiUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_CiUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Higher Is Positive</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher values of the property go with the label's positives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Higher Is Positive</em>' attribute.
	 * @see #setHigherIsPositive(boolean)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_HigherIsPositive()
	 * @model default="true"
	 * @generated
	 */
	boolean isHigherIsPositive();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#isHigherIsPositive <em>Higher Is Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Higher Is Positive</em>' attribute.
	 * @see #isHigherIsPositive()
	 * @generated
	 */
	void setHigherIsPositive(boolean value);

	/**
	 * Returns the value of the '<em><b>Drift Auc</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drift Auc</em>' attribute.
	 * @see #setDriftAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_DriftAuc()
	 * @model default="NaN"
	 * @generated
	 */
	double getDriftAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftAuc <em>Drift Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Auc</em>' attribute.
	 * @see #getDriftAuc()
	 * @generated
	 */
	void setDriftAuc(double value);

	/**
	 * Returns the value of the '<em><b>Drift Ci Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drift Ci Lower</em>' attribute.
	 * @see #setDriftCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_DriftCiLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getDriftCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiLower <em>Drift Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Ci Lower</em>' attribute.
	 * @see #getDriftCiLower()
	 * @generated
	 */
	void setDriftCiLower(double value);

	/**
	 * Returns the value of the '<em><b>Drift Ci Upper</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drift Ci Upper</em>' attribute.
	 * @see #setDriftCiUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_DriftCiUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getDriftCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiUpper <em>Drift Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Ci Upper</em>' attribute.
	 * @see #getDriftCiUpper()
	 * @generated
	 */
	void setDriftCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Drift P</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drift P</em>' attribute.
	 * @see #setDriftP(double)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_DriftP()
	 * @model default="NaN"
	 * @generated
	 */
	double getDriftP();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftP <em>Drift P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift P</em>' attribute.
	 * @see #getDriftP()
	 * @generated
	 */
	void setDriftP(double value);

	/**
	 * Returns the value of the '<em><b>Drift Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the drift is NaN (no training and test images to compare, or too few on a side); empty when it was computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drift Note</em>' attribute.
	 * @see #setDriftNote(String)
	 * @see org.confounderlab.model.run.RunPackage#getImagePropertyAudit_DriftNote()
	 * @model
	 * @generated
	 */
	String getDriftNote();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftNote <em>Drift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Note</em>' attribute.
	 * @see #getDriftNote()
	 * @generated
	 */
	void setDriftNote(String value);

} // ImagePropertyAudit
