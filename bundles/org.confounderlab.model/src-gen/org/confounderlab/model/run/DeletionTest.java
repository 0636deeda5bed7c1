/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deletion Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Whether the saliency maps explain the model (deletion test, most relevant first, as in RISE and ROAD): pixels removed hottest first in equal shares, each set to the image's mean, the label's probability scored after each share, against the same in a random order; areas under the relative-score curves, lower meaning the removed pixels mattered.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getImages <em>Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getMapArea <em>Map Area</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getRandomArea <em>Random Area</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getDifference <em>Difference</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getMapCurve <em>Map Curve</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DeletionTest#getRandomCurve <em>Random Curve</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getDeletionTest()
 * @model
 * @generated
 */
public interface DeletionTest extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"GRAD_CAM"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.SaliencyMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @see #setMethod(SaliencyMethod)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Method()
	 * @model default="GRAD_CAM"
	 * @generated
	 */
	SaliencyMethod getMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getMethod <em>Method</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The layer the maps are of.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label explained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The test images tested (positives of the label).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Images</em>' attribute.
	 * @see #setImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Images()
	 * @model default="0"
	 * @generated
	 */
	int getImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getImages <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Images</em>' attribute.
	 * @see #getImages()
	 * @generated
	 */
	void setImages(int value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shares removed in turn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Steps()
	 * @model default="0"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Map Area</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mean area under the relative score, removing in the map's order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Map Area</em>' attribute.
	 * @see #setMapArea(double)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_MapArea()
	 * @model default="NaN"
	 * @generated
	 */
	double getMapArea();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getMapArea <em>Map Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Map Area</em>' attribute.
	 * @see #getMapArea()
	 * @generated
	 */
	void setMapArea(double value);

	/**
	 * Returns the value of the '<em><b>Random Area</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same in a random order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Area</em>' attribute.
	 * @see #setRandomArea(double)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_RandomArea()
	 * @model default="NaN"
	 * @generated
	 */
	double getRandomArea();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getRandomArea <em>Random Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Random Area</em>' attribute.
	 * @see #getRandomArea()
	 * @generated
	 */
	void setRandomArea(double value);

	/**
	 * Returns the value of the '<em><b>Difference</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * randomArea − mapArea: how much faster the map's pixels take the score away than random ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Difference</em>' attribute.
	 * @see #setDifference(double)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_Difference()
	 * @model default="NaN"
	 * @generated
	 */
	double getDifference();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getDifference <em>Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Difference</em>' attribute.
	 * @see #getDifference()
	 * @generated
	 */
	void setDifference(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The difference's bootstrap interval over images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_CiLower()
	 * @model default="NaN"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getCiLower <em>Ci Lower</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The difference's bootstrap interval over images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ci Upper</em>' attribute.
	 * @see #setCiUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_CiUpper()
	 * @model default="NaN"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DeletionTest#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Map Curve</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mean relative score after each share, map order, starting at 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Map Curve</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_MapCurve()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getMapCurve();

	/**
	 * Returns the value of the '<em><b>Random Curve</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The same, random order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Random Curve</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getDeletionTest_RandomCurve()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getRandomCurve();

} // DeletionTest
