/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.DeletionTest;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SaliencyMethod;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deletion Test</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getMapArea <em>Map Area</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getRandomArea <em>Random Area</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getDifference <em>Difference</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getMapCurve <em>Map Curve</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.DeletionTestImpl#getRandomCurve <em>Random Curve</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeletionTestImpl extends EObjectImpl implements DeletionTest {
	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final SaliencyMethod METHOD_EDEFAULT = SaliencyMethod.GRAD_CAM;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected SaliencyMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected String layer = LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getImages() <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected static final int IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected int images = IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMapArea() <em>Map Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapArea()
	 * @generated
	 * @ordered
	 */
	protected static final double MAP_AREA_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getMapArea() <em>Map Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapArea()
	 * @generated
	 * @ordered
	 */
	protected double mapArea = MAP_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomArea() <em>Random Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomArea()
	 * @generated
	 * @ordered
	 */
	protected static final double RANDOM_AREA_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getRandomArea() <em>Random Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomArea()
	 * @generated
	 * @ordered
	 */
	protected double randomArea = RANDOM_AREA_EDEFAULT;

	/**
	 * The default value of the '{@link #getDifference() <em>Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifference()
	 * @generated
	 * @ordered
	 */
	protected static final double DIFFERENCE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getDifference() <em>Difference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDifference()
	 * @generated
	 * @ordered
	 */
	protected double difference = DIFFERENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiLower() <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLower()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getCiLower() <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLower()
	 * @generated
	 * @ordered
	 */
	protected double ciLower = CI_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiUpper() <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getCiUpper() <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiUpper()
	 * @generated
	 * @ordered
	 */
	protected double ciUpper = CI_UPPER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMapCurve() <em>Map Curve</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapCurve()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> mapCurve;

	/**
	 * The cached value of the '{@link #getRandomCurve() <em>Random Curve</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomCurve()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> randomCurve;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeletionTestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.DELETION_TEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaliencyMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(SaliencyMethod newMethod) {
		SaliencyMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(String newLayer) {
		String oldLayer = layer;
		layer = newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getImages() {
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImages(int newImages) {
		int oldImages = images;
		images = newImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__IMAGES, oldImages, images));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMapArea() {
		return mapArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapArea(double newMapArea) {
		double oldMapArea = mapArea;
		mapArea = newMapArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__MAP_AREA, oldMapArea, mapArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRandomArea() {
		return randomArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomArea(double newRandomArea) {
		double oldRandomArea = randomArea;
		randomArea = newRandomArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__RANDOM_AREA, oldRandomArea, randomArea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDifference() {
		return difference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDifference(double newDifference) {
		double oldDifference = difference;
		difference = newDifference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__DIFFERENCE, oldDifference, difference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCiLower() {
		return ciLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLower(double newCiLower) {
		double oldCiLower = ciLower;
		ciLower = newCiLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__CI_LOWER, oldCiLower, ciLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCiUpper() {
		return ciUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiUpper(double newCiUpper) {
		double oldCiUpper = ciUpper;
		ciUpper = newCiUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.DELETION_TEST__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getMapCurve() {
		if (mapCurve == null) {
			mapCurve = new EDataTypeEList<Double>(Double.class, this, RunPackage.DELETION_TEST__MAP_CURVE);
		}
		return mapCurve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getRandomCurve() {
		if (randomCurve == null) {
			randomCurve = new EDataTypeEList<Double>(Double.class, this, RunPackage.DELETION_TEST__RANDOM_CURVE);
		}
		return randomCurve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.DELETION_TEST__METHOD:
				return getMethod();
			case RunPackage.DELETION_TEST__LAYER:
				return getLayer();
			case RunPackage.DELETION_TEST__LABEL:
				return getLabel();
			case RunPackage.DELETION_TEST__IMAGES:
				return getImages();
			case RunPackage.DELETION_TEST__STEPS:
				return getSteps();
			case RunPackage.DELETION_TEST__MAP_AREA:
				return getMapArea();
			case RunPackage.DELETION_TEST__RANDOM_AREA:
				return getRandomArea();
			case RunPackage.DELETION_TEST__DIFFERENCE:
				return getDifference();
			case RunPackage.DELETION_TEST__CI_LOWER:
				return getCiLower();
			case RunPackage.DELETION_TEST__CI_UPPER:
				return getCiUpper();
			case RunPackage.DELETION_TEST__MAP_CURVE:
				return getMapCurve();
			case RunPackage.DELETION_TEST__RANDOM_CURVE:
				return getRandomCurve();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.DELETION_TEST__METHOD:
				setMethod((SaliencyMethod)newValue);
				return;
			case RunPackage.DELETION_TEST__LAYER:
				setLayer((String)newValue);
				return;
			case RunPackage.DELETION_TEST__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.DELETION_TEST__IMAGES:
				setImages((Integer)newValue);
				return;
			case RunPackage.DELETION_TEST__STEPS:
				setSteps((Integer)newValue);
				return;
			case RunPackage.DELETION_TEST__MAP_AREA:
				setMapArea((Double)newValue);
				return;
			case RunPackage.DELETION_TEST__RANDOM_AREA:
				setRandomArea((Double)newValue);
				return;
			case RunPackage.DELETION_TEST__DIFFERENCE:
				setDifference((Double)newValue);
				return;
			case RunPackage.DELETION_TEST__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.DELETION_TEST__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.DELETION_TEST__MAP_CURVE:
				getMapCurve().clear();
				getMapCurve().addAll((Collection<? extends Double>)newValue);
				return;
			case RunPackage.DELETION_TEST__RANDOM_CURVE:
				getRandomCurve().clear();
				getRandomCurve().addAll((Collection<? extends Double>)newValue);
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
			case RunPackage.DELETION_TEST__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__IMAGES:
				setImages(IMAGES_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__MAP_AREA:
				setMapArea(MAP_AREA_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__RANDOM_AREA:
				setRandomArea(RANDOM_AREA_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__DIFFERENCE:
				setDifference(DIFFERENCE_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.DELETION_TEST__MAP_CURVE:
				getMapCurve().clear();
				return;
			case RunPackage.DELETION_TEST__RANDOM_CURVE:
				getRandomCurve().clear();
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
			case RunPackage.DELETION_TEST__METHOD:
				return method != METHOD_EDEFAULT;
			case RunPackage.DELETION_TEST__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
			case RunPackage.DELETION_TEST__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.DELETION_TEST__IMAGES:
				return images != IMAGES_EDEFAULT;
			case RunPackage.DELETION_TEST__STEPS:
				return steps != STEPS_EDEFAULT;
			case RunPackage.DELETION_TEST__MAP_AREA:
				return mapArea != MAP_AREA_EDEFAULT;
			case RunPackage.DELETION_TEST__RANDOM_AREA:
				return randomArea != RANDOM_AREA_EDEFAULT;
			case RunPackage.DELETION_TEST__DIFFERENCE:
				return difference != DIFFERENCE_EDEFAULT;
			case RunPackage.DELETION_TEST__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.DELETION_TEST__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.DELETION_TEST__MAP_CURVE:
				return mapCurve != null && !mapCurve.isEmpty();
			case RunPackage.DELETION_TEST__RANDOM_CURVE:
				return randomCurve != null && !randomCurve.isEmpty();
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
		result.append(" (method: ");
		result.append(method);
		result.append(", layer: ");
		result.append(layer);
		result.append(", label: ");
		result.append(label);
		result.append(", images: ");
		result.append(images);
		result.append(", steps: ");
		result.append(steps);
		result.append(", mapArea: ");
		result.append(mapArea);
		result.append(", randomArea: ");
		result.append(randomArea);
		result.append(", difference: ");
		result.append(difference);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", mapCurve: ");
		result.append(mapCurve);
		result.append(", randomCurve: ");
		result.append(randomCurve);
		result.append(')');
		return result.toString();
	}

} //DeletionTestImpl
