/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saliency Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One test image's explanation for one label: where its sidecar PNGs are and how the heat falls on each named region.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getRank <em>Rank</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getImage <em>Image</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#isPositive <em>Positive</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getScore <em>Score</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getRegion <em>Region</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getInput <em>Input</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getHeatMap <em>Heat Map</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SaliencyCase#getRegions <em>Regions</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase()
 * @model
 * @generated
 */
public interface SaliencyCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for the image that put the largest share of its heat on a confounder region, for this label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Rank()
	 * @model default="0"
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image file, as named in the data set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image</em>' attribute.
	 * @see #setImage(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Image()
	 * @model
	 * @generated
	 */
	String getImage();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getImage <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' attribute.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Positive</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the image is positive for the label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Positive</em>' attribute.
	 * @see #setPositive(boolean)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Positive()
	 * @model default="false"
	 * @generated
	 */
	boolean isPositive();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#isPositive <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive</em>' attribute.
	 * @see #isPositive()
	 * @generated
	 */
	void setPositive(boolean value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model's output for the label on this image; NaN when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Score()
	 * @model default="NaN"
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"GRAD_CAM"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.SaliencyMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @see #setMethod(SaliencyMethod)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Method()
	 * @model default="GRAD_CAM"
	 * @generated
	 */
	SaliencyMethod getMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getMethod <em>Method</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confounder region that made this a worst case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path, relative to the run folder, of the model input as an 8-bit gray PNG.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #setInput(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Input()
	 * @model
	 * @generated
	 */
	String getInput();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #getInput()
	 * @generated
	 */
	void setInput(String value);

	/**
	 * Returns the value of the '<em><b>Heat Map</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path, relative to the run folder, of the heat map over the same pixels as an 8-bit gray PNG, scaled so that its hottest pixel is 255.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Heat Map</em>' attribute.
	 * @see #setHeatMap(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_HeatMap()
	 * @model
	 * @generated
	 */
	String getHeatMap();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getHeatMap <em>Heat Map</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heat Map</em>' attribute.
	 * @see #getHeatMap()
	 * @generated
	 */
	void setHeatMap(String value);

	/**
	 * Returns the value of the '<em><b>Overlay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path, relative to the run folder, of the drawn overlay (the HEATMAP artifact).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overlay</em>' attribute.
	 * @see #setOverlay(String)
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Overlay()
	 * @model
	 * @generated
	 */
	String getOverlay();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SaliencyCase#getOverlay <em>Overlay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overlay</em>' attribute.
	 * @see #getOverlay()
	 * @generated
	 */
	void setOverlay(String value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.RegionAttention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getSaliencyCase_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegionAttention> getRegions();

} // SaliencyCase
