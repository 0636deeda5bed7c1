/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saliency Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getRegionName <em>Region Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getMeanShare <em>Mean Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getAreaShare <em>Area Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getSubset <em>Subset</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getPointingHitRate <em>Pointing Hit Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencySummary#getRandomisationRankCorrelation <em>Randomisation Rank Correlation</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary()
 * @model
 * @generated
 */
public interface SaliencySummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"GRAD_CAM"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.SaliencyMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @see #setMethod(SaliencyMethod)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_Method()
	 * @model default="GRAD_CAM"
	 * @generated
	 */
	SaliencyMethod getMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(SaliencyMethod value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Region Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region Name</em>' attribute.
	 * @see #setRegionName(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_RegionName()
	 * @model
	 * @generated
	 */
	String getRegionName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getRegionName <em>Region Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region Name</em>' attribute.
	 * @see #getRegionName()
	 * @generated
	 */
	void setRegionName(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Mean Share</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean Share</em>' attribute.
	 * @see #setMeanShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_MeanShare()
	 * @model default="0.0"
	 * @generated
	 */
	double getMeanShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getMeanShare <em>Mean Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean Share</em>' attribute.
	 * @see #getMeanShare()
	 * @generated
	 */
	void setMeanShare(double value);

	/**
	 * Returns the value of the '<em><b>Area Share</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area Share</em>' attribute.
	 * @see #setAreaShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_AreaShare()
	 * @model default="0.0"
	 * @generated
	 */
	double getAreaShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getAreaShare <em>Area Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Share</em>' attribute.
	 * @see #getAreaShare()
	 * @generated
	 */
	void setAreaShare(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getCiLower <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Lower</em>' attribute.
	 * @see #getCiLower()
	 * @generated
	 */
	void setCiLower(double value);

	/**
	 * Returns the value of the '<em><b>Ci Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Upper</em>' attribute.
	 * @see #setCiUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

	/**
	 * Returns the value of the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which test images: 'present', 'present, positive', 'present, negative' (the region is in the image) or 'absent' (the region's usual place, in images without it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subset</em>' attribute.
	 * @see #setSubset(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_Subset()
	 * @model
	 * @generated
	 */
	String getSubset();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getSubset <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subset</em>' attribute.
	 * @see #getSubset()
	 * @generated
	 */
	void setSubset(String value);

	/**
	 * Returns the value of the '<em><b>Pointing Hit Rate</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of images whose hottest heat-map pixel falls in the region (pointing game); NaN when not computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pointing Hit Rate</em>' attribute.
	 * @see #setPointingHitRate(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_PointingHitRate()
	 * @model default="NaN"
	 * @generated
	 */
	double getPointingHitRate();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getPointingHitRate <em>Pointing Hit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pointing Hit Rate</em>' attribute.
	 * @see #getPointingHitRate()
	 * @generated
	 */
	void setPointingHitRate(double value);

	/**
	 * Returns the value of the '<em><b>Randomisation Rank Correlation</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Randomisation Rank Correlation</em>' attribute.
	 * @see #setRandomisationRankCorrelation(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencySummary_RandomisationRankCorrelation()
	 * @model default="0.0"
	 * @generated
	 */
	double getRandomisationRankCorrelation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencySummary#getRandomisationRankCorrelation <em>Randomisation Rank Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Randomisation Rank Correlation</em>' attribute.
	 * @see #getRandomisationRankCorrelation()
	 * @generated
	 */
	void setRandomisationRankCorrelation(double value);

} // SaliencySummary
