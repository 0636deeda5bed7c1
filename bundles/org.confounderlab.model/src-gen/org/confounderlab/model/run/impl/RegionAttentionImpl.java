/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Region Attention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getX <em>X</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getShare <em>Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RegionAttentionImpl#getAreaShare <em>Area Share</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegionAttentionImpl extends EObjectImpl implements RegionAttention {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected double width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected double height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected double share = SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaShare() <em>Area Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaShare()
	 * @generated
	 * @ordered
	 */
	protected static final double AREA_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAreaShare() <em>Area Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaShare()
	 * @generated
	 * @ordered
	 */
	protected double areaShare = AREA_SHARE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegionAttentionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.REGION_ATTENTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(double newWidth) {
		double oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(double newHeight) {
		double oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShare() {
		return share;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShare(double newShare) {
		double oldShare = share;
		share = newShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__SHARE, oldShare, share));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAreaShare() {
		return areaShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaShare(double newAreaShare) {
		double oldAreaShare = areaShare;
		areaShare = newAreaShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.REGION_ATTENTION__AREA_SHARE, oldAreaShare, areaShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.REGION_ATTENTION__NAME:
				return getName();
			case RunPackage.REGION_ATTENTION__X:
				return getX();
			case RunPackage.REGION_ATTENTION__Y:
				return getY();
			case RunPackage.REGION_ATTENTION__WIDTH:
				return getWidth();
			case RunPackage.REGION_ATTENTION__HEIGHT:
				return getHeight();
			case RunPackage.REGION_ATTENTION__SHARE:
				return getShare();
			case RunPackage.REGION_ATTENTION__AREA_SHARE:
				return getAreaShare();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.REGION_ATTENTION__NAME:
				setName((String)newValue);
				return;
			case RunPackage.REGION_ATTENTION__X:
				setX((Double)newValue);
				return;
			case RunPackage.REGION_ATTENTION__Y:
				setY((Double)newValue);
				return;
			case RunPackage.REGION_ATTENTION__WIDTH:
				setWidth((Double)newValue);
				return;
			case RunPackage.REGION_ATTENTION__HEIGHT:
				setHeight((Double)newValue);
				return;
			case RunPackage.REGION_ATTENTION__SHARE:
				setShare((Double)newValue);
				return;
			case RunPackage.REGION_ATTENTION__AREA_SHARE:
				setAreaShare((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RunPackage.REGION_ATTENTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__X:
				setX(X_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__Y:
				setY(Y_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case RunPackage.REGION_ATTENTION__AREA_SHARE:
				setAreaShare(AREA_SHARE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RunPackage.REGION_ATTENTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RunPackage.REGION_ATTENTION__X:
				return x != X_EDEFAULT;
			case RunPackage.REGION_ATTENTION__Y:
				return y != Y_EDEFAULT;
			case RunPackage.REGION_ATTENTION__WIDTH:
				return width != WIDTH_EDEFAULT;
			case RunPackage.REGION_ATTENTION__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case RunPackage.REGION_ATTENTION__SHARE:
				return share != SHARE_EDEFAULT;
			case RunPackage.REGION_ATTENTION__AREA_SHARE:
				return areaShare != AREA_SHARE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", share: ");
		result.append(share);
		result.append(", areaShare: ");
		result.append(areaShare);
		result.append(')');
		return result.toString();
	}

} //RegionAttentionImpl
