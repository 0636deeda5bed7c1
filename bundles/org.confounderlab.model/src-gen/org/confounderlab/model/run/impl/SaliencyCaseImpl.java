/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencyMethod;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Saliency Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#isPositive <em>Positive</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getInput <em>Input</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getHeatMap <em>Heat Map</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencyCaseImpl#getRegions <em>Regions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SaliencyCaseImpl extends EObjectImpl implements SaliencyCase {
	/**
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final int RANK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected int rank = RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

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
	 * The default value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POSITIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPositive() <em>Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPositive()
	 * @generated
	 * @ordered
	 */
	protected boolean positive = POSITIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

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
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected String input = INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeatMap() <em>Heat Map</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeatMap()
	 * @generated
	 * @ordered
	 */
	protected static final String HEAT_MAP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeatMap() <em>Heat Map</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeatMap()
	 * @generated
	 * @ordered
	 */
	protected String heatMap = HEAT_MAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverlay() <em>Overlay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlay()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERLAY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverlay() <em>Overlay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlay()
	 * @generated
	 * @ordered
	 */
	protected String overlay = OVERLAY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<RegionAttention> regions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SaliencyCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.SALIENCY_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(int newRank) {
		int oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__IMAGE, oldImage, image));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPositive() {
		return positive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositive(boolean newPositive) {
		boolean oldPositive = positive;
		positive = newPositive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__POSITIVE, oldPositive, positive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__SCORE, oldScore, score));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__METHOD, oldMethod, method));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInput() {
		return input;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInput(String newInput) {
		String oldInput = input;
		input = newInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__INPUT, oldInput, input));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHeatMap() {
		return heatMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeatMap(String newHeatMap) {
		String oldHeatMap = heatMap;
		heatMap = newHeatMap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__HEAT_MAP, oldHeatMap, heatMap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverlay() {
		return overlay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlay(String newOverlay) {
		String oldOverlay = overlay;
		overlay = newOverlay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_CASE__OVERLAY, oldOverlay, overlay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegionAttention> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<RegionAttention>(RegionAttention.class, this, RunPackage.SALIENCY_CASE__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.SALIENCY_CASE__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.SALIENCY_CASE__RANK:
				return getRank();
			case RunPackage.SALIENCY_CASE__IMAGE:
				return getImage();
			case RunPackage.SALIENCY_CASE__LABEL:
				return getLabel();
			case RunPackage.SALIENCY_CASE__POSITIVE:
				return isPositive();
			case RunPackage.SALIENCY_CASE__SCORE:
				return getScore();
			case RunPackage.SALIENCY_CASE__METHOD:
				return getMethod();
			case RunPackage.SALIENCY_CASE__LAYER:
				return getLayer();
			case RunPackage.SALIENCY_CASE__REGION:
				return getRegion();
			case RunPackage.SALIENCY_CASE__INPUT:
				return getInput();
			case RunPackage.SALIENCY_CASE__HEAT_MAP:
				return getHeatMap();
			case RunPackage.SALIENCY_CASE__OVERLAY:
				return getOverlay();
			case RunPackage.SALIENCY_CASE__REGIONS:
				return getRegions();
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
			case RunPackage.SALIENCY_CASE__RANK:
				setRank((Integer)newValue);
				return;
			case RunPackage.SALIENCY_CASE__IMAGE:
				setImage((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__POSITIVE:
				setPositive((Boolean)newValue);
				return;
			case RunPackage.SALIENCY_CASE__SCORE:
				setScore((Double)newValue);
				return;
			case RunPackage.SALIENCY_CASE__METHOD:
				setMethod((SaliencyMethod)newValue);
				return;
			case RunPackage.SALIENCY_CASE__LAYER:
				setLayer((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__REGION:
				setRegion((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__INPUT:
				setInput((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__HEAT_MAP:
				setHeatMap((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__OVERLAY:
				setOverlay((String)newValue);
				return;
			case RunPackage.SALIENCY_CASE__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends RegionAttention>)newValue);
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
			case RunPackage.SALIENCY_CASE__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__POSITIVE:
				setPositive(POSITIVE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__INPUT:
				setInput(INPUT_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__HEAT_MAP:
				setHeatMap(HEAT_MAP_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__OVERLAY:
				setOverlay(OVERLAY_EDEFAULT);
				return;
			case RunPackage.SALIENCY_CASE__REGIONS:
				getRegions().clear();
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
			case RunPackage.SALIENCY_CASE__RANK:
				return rank != RANK_EDEFAULT;
			case RunPackage.SALIENCY_CASE__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case RunPackage.SALIENCY_CASE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.SALIENCY_CASE__POSITIVE:
				return positive != POSITIVE_EDEFAULT;
			case RunPackage.SALIENCY_CASE__SCORE:
				return score != SCORE_EDEFAULT;
			case RunPackage.SALIENCY_CASE__METHOD:
				return method != METHOD_EDEFAULT;
			case RunPackage.SALIENCY_CASE__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
			case RunPackage.SALIENCY_CASE__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case RunPackage.SALIENCY_CASE__INPUT:
				return INPUT_EDEFAULT == null ? input != null : !INPUT_EDEFAULT.equals(input);
			case RunPackage.SALIENCY_CASE__HEAT_MAP:
				return HEAT_MAP_EDEFAULT == null ? heatMap != null : !HEAT_MAP_EDEFAULT.equals(heatMap);
			case RunPackage.SALIENCY_CASE__OVERLAY:
				return OVERLAY_EDEFAULT == null ? overlay != null : !OVERLAY_EDEFAULT.equals(overlay);
			case RunPackage.SALIENCY_CASE__REGIONS:
				return regions != null && !regions.isEmpty();
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
		result.append(" (rank: ");
		result.append(rank);
		result.append(", image: ");
		result.append(image);
		result.append(", label: ");
		result.append(label);
		result.append(", positive: ");
		result.append(positive);
		result.append(", score: ");
		result.append(score);
		result.append(", method: ");
		result.append(method);
		result.append(", layer: ");
		result.append(layer);
		result.append(", region: ");
		result.append(region);
		result.append(", input: ");
		result.append(input);
		result.append(", heatMap: ");
		result.append(heatMap);
		result.append(", overlay: ");
		result.append(overlay);
		result.append(')');
		return result.toString();
	}

} //SaliencyCaseImpl
