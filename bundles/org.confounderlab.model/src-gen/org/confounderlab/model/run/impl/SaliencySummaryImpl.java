/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencySummary;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Saliency Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getRegionName <em>Region Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getMeanShare <em>Mean Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getAreaShare <em>Area Share</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getSubset <em>Subset</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getPointingHitRate <em>Pointing Hit Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SaliencySummaryImpl#getRandomisationRankCorrelation <em>Randomisation Rank Correlation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SaliencySummaryImpl extends EObjectImpl implements SaliencySummary {
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
	 * The default value of the '{@link #getRegionName() <em>Region Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionName()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionName() <em>Region Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionName()
	 * @generated
	 * @ordered
	 */
	protected String regionName = REGION_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getMeanShare() <em>Mean Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanShare()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMeanShare() <em>Mean Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeanShare()
	 * @generated
	 * @ordered
	 */
	protected double meanShare = MEAN_SHARE_EDEFAULT;

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
	 * The default value of the '{@link #getCiLower() <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLower()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_LOWER_EDEFAULT = 0.0;

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
	protected static final double CI_UPPER_EDEFAULT = 0.0;

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
	 * The default value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected static final int N_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected int n = N_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubset() <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubset()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubset() <em>Subset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubset()
	 * @generated
	 * @ordered
	 */
	protected String subset = SUBSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getPointingHitRate() <em>Pointing Hit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointingHitRate()
	 * @generated
	 * @ordered
	 */
	protected static final double POINTING_HIT_RATE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getPointingHitRate() <em>Pointing Hit Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPointingHitRate()
	 * @generated
	 * @ordered
	 */
	protected double pointingHitRate = POINTING_HIT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRandomisationRankCorrelation() <em>Randomisation Rank Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomisationRankCorrelation()
	 * @generated
	 * @ordered
	 */
	protected static final double RANDOMISATION_RANK_CORRELATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRandomisationRankCorrelation() <em>Randomisation Rank Correlation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRandomisationRankCorrelation()
	 * @generated
	 * @ordered
	 */
	protected double randomisationRankCorrelation = RANDOMISATION_RANK_CORRELATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SaliencySummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.SALIENCY_SUMMARY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__METHOD, oldMethod, method));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionName() {
		return regionName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionName(String newRegionName) {
		String oldRegionName = regionName;
		regionName = newRegionName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__REGION_NAME, oldRegionName, regionName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMeanShare() {
		return meanShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeanShare(double newMeanShare) {
		double oldMeanShare = meanShare;
		meanShare = newMeanShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__MEAN_SHARE, oldMeanShare, meanShare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__AREA_SHARE, oldAreaShare, areaShare));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__CI_LOWER, oldCiLower, ciLower));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN(int newN) {
		int oldN = n;
		n = newN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__N, oldN, n));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubset() {
		return subset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubset(String newSubset) {
		String oldSubset = subset;
		subset = newSubset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__SUBSET, oldSubset, subset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPointingHitRate() {
		return pointingHitRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPointingHitRate(double newPointingHitRate) {
		double oldPointingHitRate = pointingHitRate;
		pointingHitRate = newPointingHitRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__POINTING_HIT_RATE, oldPointingHitRate, pointingHitRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRandomisationRankCorrelation() {
		return randomisationRankCorrelation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomisationRankCorrelation(double newRandomisationRankCorrelation) {
		double oldRandomisationRankCorrelation = randomisationRankCorrelation;
		randomisationRankCorrelation = newRandomisationRankCorrelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION, oldRandomisationRankCorrelation, randomisationRankCorrelation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.SALIENCY_SUMMARY__METHOD:
				return getMethod();
			case RunPackage.SALIENCY_SUMMARY__LAYER:
				return getLayer();
			case RunPackage.SALIENCY_SUMMARY__REGION_NAME:
				return getRegionName();
			case RunPackage.SALIENCY_SUMMARY__LABEL:
				return getLabel();
			case RunPackage.SALIENCY_SUMMARY__MEAN_SHARE:
				return getMeanShare();
			case RunPackage.SALIENCY_SUMMARY__AREA_SHARE:
				return getAreaShare();
			case RunPackage.SALIENCY_SUMMARY__CI_LOWER:
				return getCiLower();
			case RunPackage.SALIENCY_SUMMARY__CI_UPPER:
				return getCiUpper();
			case RunPackage.SALIENCY_SUMMARY__N:
				return getN();
			case RunPackage.SALIENCY_SUMMARY__SUBSET:
				return getSubset();
			case RunPackage.SALIENCY_SUMMARY__POINTING_HIT_RATE:
				return getPointingHitRate();
			case RunPackage.SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION:
				return getRandomisationRankCorrelation();
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
			case RunPackage.SALIENCY_SUMMARY__METHOD:
				setMethod((SaliencyMethod)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__LAYER:
				setLayer((String)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__REGION_NAME:
				setRegionName((String)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__MEAN_SHARE:
				setMeanShare((Double)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__AREA_SHARE:
				setAreaShare((Double)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__N:
				setN((Integer)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__SUBSET:
				setSubset((String)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__POINTING_HIT_RATE:
				setPointingHitRate((Double)newValue);
				return;
			case RunPackage.SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION:
				setRandomisationRankCorrelation((Double)newValue);
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
			case RunPackage.SALIENCY_SUMMARY__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__REGION_NAME:
				setRegionName(REGION_NAME_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__MEAN_SHARE:
				setMeanShare(MEAN_SHARE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__AREA_SHARE:
				setAreaShare(AREA_SHARE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__N:
				setN(N_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__SUBSET:
				setSubset(SUBSET_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__POINTING_HIT_RATE:
				setPointingHitRate(POINTING_HIT_RATE_EDEFAULT);
				return;
			case RunPackage.SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION:
				setRandomisationRankCorrelation(RANDOMISATION_RANK_CORRELATION_EDEFAULT);
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
			case RunPackage.SALIENCY_SUMMARY__METHOD:
				return method != METHOD_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
			case RunPackage.SALIENCY_SUMMARY__REGION_NAME:
				return REGION_NAME_EDEFAULT == null ? regionName != null : !REGION_NAME_EDEFAULT.equals(regionName);
			case RunPackage.SALIENCY_SUMMARY__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.SALIENCY_SUMMARY__MEAN_SHARE:
				return meanShare != MEAN_SHARE_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__AREA_SHARE:
				return areaShare != AREA_SHARE_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__N:
				return n != N_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__SUBSET:
				return SUBSET_EDEFAULT == null ? subset != null : !SUBSET_EDEFAULT.equals(subset);
			case RunPackage.SALIENCY_SUMMARY__POINTING_HIT_RATE:
				return pointingHitRate != POINTING_HIT_RATE_EDEFAULT;
			case RunPackage.SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION:
				return randomisationRankCorrelation != RANDOMISATION_RANK_CORRELATION_EDEFAULT;
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
		result.append(", regionName: ");
		result.append(regionName);
		result.append(", label: ");
		result.append(label);
		result.append(", meanShare: ");
		result.append(meanShare);
		result.append(", areaShare: ");
		result.append(areaShare);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", n: ");
		result.append(n);
		result.append(", subset: ");
		result.append(subset);
		result.append(", pointingHitRate: ");
		result.append(pointingHitRate);
		result.append(", randomisationRankCorrelation: ");
		result.append(randomisationRankCorrelation);
		result.append(')');
		return result.toString();
	}

} //SaliencySummaryImpl
