/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Slice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One cluster of the test images: a Gaussian mixture (components chosen by BIC) on the first 10 principal components of the model's penultimate features, with how the model does on it and what it goes with.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getIndex <em>Index</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getSize <em>Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getPrevalence <em>Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getRestPrevalence <em>Rest Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getLossRatio <em>Loss Ratio</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getErrorRate <em>Error Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getRestErrorRate <em>Rest Error Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getErrorP <em>Error P</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getLabelAuc <em>Label Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getAttributeV <em>Attribute V</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getAttributeValue <em>Attribute Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getValueShare <em>Value Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.FeatureSlice#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice()
 * @model
 * @generated
 */
public interface FeatureSlice extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label the slice's errors and prediction are of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevalence</em>' attribute.
	 * @see #setPrevalence(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Prevalence()
	 * @model
	 * @generated
	 */
	double getPrevalence();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getPrevalence <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prevalence</em>' attribute.
	 * @see #getPrevalence()
	 * @generated
	 */
	void setPrevalence(double value);

	/**
	 * Returns the value of the '<em><b>Rest Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rest Prevalence</em>' attribute.
	 * @see #setRestPrevalence(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_RestPrevalence()
	 * @model
	 * @generated
	 */
	double getRestPrevalence();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getRestPrevalence <em>Rest Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rest Prevalence</em>' attribute.
	 * @see #getRestPrevalence()
	 * @generated
	 */
	void setRestPrevalence(double value);

	/**
	 * Returns the value of the '<em><b>Loss Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mean log loss of its images over that of the other test images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss Ratio</em>' attribute.
	 * @see #setLossRatio(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_LossRatio()
	 * @model
	 * @generated
	 */
	double getLossRatio();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getLossRatio <em>Loss Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Ratio</em>' attribute.
	 * @see #getLossRatio()
	 * @generated
	 */
	void setLossRatio(double value);

	/**
	 * Returns the value of the '<em><b>Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of its images wrong at a 0.5 threshold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Rate</em>' attribute.
	 * @see #setErrorRate(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_ErrorRate()
	 * @model
	 * @generated
	 */
	double getErrorRate();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getErrorRate <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Rate</em>' attribute.
	 * @see #getErrorRate()
	 * @generated
	 */
	void setErrorRate(double value);

	/**
	 * Returns the value of the '<em><b>Rest Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rest Error Rate</em>' attribute.
	 * @see #setRestErrorRate(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_RestErrorRate()
	 * @model
	 * @generated
	 */
	double getRestErrorRate();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getRestErrorRate <em>Rest Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rest Error Rate</em>' attribute.
	 * @see #getRestErrorRate()
	 * @generated
	 */
	void setRestErrorRate(double value);

	/**
	 * Returns the value of the '<em><b>Error P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Two-sided p of the two error rates being equal (two-proportion z test).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error P</em>' attribute.
	 * @see #setErrorP(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_ErrorP()
	 * @model
	 * @generated
	 */
	double getErrorP();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getErrorP <em>Error P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error P</em>' attribute.
	 * @see #getErrorP()
	 * @generated
	 */
	void setErrorP(double value);

	/**
	 * Returns the value of the '<em><b>Label Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well membership alone predicts the label (at least 0.5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Auc</em>' attribute.
	 * @see #setLabelAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_LabelAuc()
	 * @model
	 * @generated
	 */
	double getLabelAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getLabelAuc <em>Label Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Auc</em>' attribute.
	 * @see #getLabelAuc()
	 * @generated
	 */
	void setLabelAuc(double value);

	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The known attribute membership goes with most.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Attribute V</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute V</em>' attribute.
	 * @see #setAttributeV(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_AttributeV()
	 * @model
	 * @generated
	 */
	double getAttributeV();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getAttributeV <em>Attribute V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute V</em>' attribute.
	 * @see #getAttributeV()
	 * @generated
	 */
	void setAttributeV(double value);

	/**
	 * Returns the value of the '<em><b>Attribute Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Value</em>' attribute.
	 * @see #setAttributeValue(String)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_AttributeValue()
	 * @model
	 * @generated
	 */
	String getAttributeValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getAttributeValue <em>Attribute Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Value</em>' attribute.
	 * @see #getAttributeValue()
	 * @generated
	 */
	void setAttributeValue(String value);

	/**
	 * Returns the value of the '<em><b>Value Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Share</em>' attribute.
	 * @see #setValueShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_ValueShare()
	 * @model
	 * @generated
	 */
	double getValueShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getValueShare <em>Value Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Share</em>' attribute.
	 * @see #getValueShare()
	 * @generated
	 */
	void setValueShare(double value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.confounderlab.model.run.RunPackage#getFeatureSlice_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.FeatureSlice#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // FeatureSlice
