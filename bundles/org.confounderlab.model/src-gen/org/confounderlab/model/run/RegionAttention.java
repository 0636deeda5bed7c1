/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region Attention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named region of one image, in model-input pixels, and the share of the image's heat inside it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getX <em>X</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getY <em>Y</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getWidth <em>Width</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getHeight <em>Height</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getShare <em>Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RegionAttention#getAreaShare <em>Area Share</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getRegionAttention()
 * @model
 * @generated
 */
public interface RegionAttention extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_X()
	 * @model default="0.0"
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_Y()
	 * @model default="0.0"
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_Width()
	 * @model default="0.0"
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_Height()
	 * @model default="0.0"
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the heat-map mass inside the box; NaN for an all-zero map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_Share()
	 * @model default="NaN"
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Returns the value of the '<em><b>Area Share</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of the image's pixels inside the box.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Share</em>' attribute.
	 * @see #setAreaShare(double)
	 * @see org.confounderlab.model.run.RunPackage#getRegionAttention_AreaShare()
	 * @model default="0.0"
	 * @generated
	 */
	double getAreaShare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RegionAttention#getAreaShare <em>Area Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Share</em>' attribute.
	 * @see #getAreaShare()
	 * @generated
	 */
	void setAreaShare(double value);

} // RegionAttention
