/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.ExperimentPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnostics Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isGradCam <em>Grad Cam</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getGradCamLayer <em>Grad Cam Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isOcclusion <em>Occlusion</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isAttributeProbes <em>Attribute Probes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getSubgroupAttributes <em>Subgroup Attributes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getBootstrapResamples <em>Bootstrap Resamples</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getWorstCases <em>Worst Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosticsSpecImpl extends EObjectImpl implements DiagnosticsSpec {
	/**
	 * The default value of the '{@link #isGradCam() <em>Grad Cam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGradCam()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GRAD_CAM_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isGradCam() <em>Grad Cam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGradCam()
	 * @generated
	 * @ordered
	 */
	protected boolean gradCam = GRAD_CAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradCamLayer() <em>Grad Cam Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradCamLayer()
	 * @generated
	 * @ordered
	 */
	protected static final String GRAD_CAM_LAYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGradCamLayer() <em>Grad Cam Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradCamLayer()
	 * @generated
	 * @ordered
	 */
	protected String gradCamLayer = GRAD_CAM_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #isOcclusion() <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOcclusion()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OCCLUSION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOcclusion() <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOcclusion()
	 * @generated
	 * @ordered
	 */
	protected boolean occlusion = OCCLUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isAttributeProbes() <em>Attribute Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttributeProbes()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTRIBUTE_PROBES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isAttributeProbes() <em>Attribute Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttributeProbes()
	 * @generated
	 * @ordered
	 */
	protected boolean attributeProbes = ATTRIBUTE_PROBES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubgroupAttributes() <em>Subgroup Attributes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroupAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<ConfounderAttribute> subgroupAttributes;

	/**
	 * The default value of the '{@link #getBootstrapResamples() <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapResamples()
	 * @generated
	 * @ordered
	 */
	protected static final int BOOTSTRAP_RESAMPLES_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getBootstrapResamples() <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapResamples()
	 * @generated
	 * @ordered
	 */
	protected int bootstrapResamples = BOOTSTRAP_RESAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstCases() <em>Worst Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstCases()
	 * @generated
	 * @ordered
	 */
	protected static final int WORST_CASES_EDEFAULT = 16;

	/**
	 * The cached value of the '{@link #getWorstCases() <em>Worst Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstCases()
	 * @generated
	 * @ordered
	 */
	protected int worstCases = WORST_CASES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> labels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosticsSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.DIAGNOSTICS_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGradCam() {
		return gradCam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradCam(boolean newGradCam) {
		boolean oldGradCam = gradCam;
		gradCam = newGradCam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM, oldGradCam, gradCam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGradCamLayer() {
		return gradCamLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradCamLayer(String newGradCamLayer) {
		String oldGradCamLayer = gradCamLayer;
		gradCamLayer = newGradCamLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM_LAYER, oldGradCamLayer, gradCamLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOcclusion() {
		return occlusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOcclusion(boolean newOcclusion) {
		boolean oldOcclusion = occlusion;
		occlusion = newOcclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION, oldOcclusion, occlusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAttributeProbes() {
		return attributeProbes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeProbes(boolean newAttributeProbes) {
		boolean oldAttributeProbes = attributeProbes;
		attributeProbes = newAttributeProbes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES, oldAttributeProbes, attributeProbes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConfounderAttribute> getSubgroupAttributes() {
		if (subgroupAttributes == null) {
			subgroupAttributes = new EObjectResolvingEList<ConfounderAttribute>(ConfounderAttribute.class, this, ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES);
		}
		return subgroupAttributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBootstrapResamples() {
		return bootstrapResamples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootstrapResamples(int newBootstrapResamples) {
		int oldBootstrapResamples = bootstrapResamples;
		bootstrapResamples = newBootstrapResamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES, oldBootstrapResamples, bootstrapResamples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWorstCases() {
		return worstCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstCases(int newWorstCases) {
		int oldWorstCases = worstCases;
		worstCases = newWorstCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__WORST_CASES, oldWorstCases, worstCases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLabels() {
		if (labels == null) {
			labels = new EDataTypeEList<String>(String.class, this, ExperimentPackage.DIAGNOSTICS_SPEC__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM:
				return isGradCam();
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM_LAYER:
				return getGradCamLayer();
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION:
				return isOcclusion();
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES:
				return isAttributeProbes();
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES:
				return getSubgroupAttributes();
			case ExperimentPackage.DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES:
				return getBootstrapResamples();
			case ExperimentPackage.DIAGNOSTICS_SPEC__ALPHA:
				return getAlpha();
			case ExperimentPackage.DIAGNOSTICS_SPEC__WORST_CASES:
				return getWorstCases();
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				return getLabels();
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM:
				setGradCam((Boolean)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM_LAYER:
				setGradCamLayer((String)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION:
				setOcclusion((Boolean)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES:
				setAttributeProbes((Boolean)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES:
				getSubgroupAttributes().clear();
				getSubgroupAttributes().addAll((Collection<? extends ConfounderAttribute>)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES:
				setBootstrapResamples((Integer)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ALPHA:
				setAlpha((Double)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__WORST_CASES:
				setWorstCases((Integer)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends String>)newValue);
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM:
				setGradCam(GRAD_CAM_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM_LAYER:
				setGradCamLayer(GRAD_CAM_LAYER_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION:
				setOcclusion(OCCLUSION_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES:
				setAttributeProbes(ATTRIBUTE_PROBES_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES:
				getSubgroupAttributes().clear();
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES:
				setBootstrapResamples(BOOTSTRAP_RESAMPLES_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__WORST_CASES:
				setWorstCases(WORST_CASES_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				getLabels().clear();
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM:
				return gradCam != GRAD_CAM_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__GRAD_CAM_LAYER:
				return GRAD_CAM_LAYER_EDEFAULT == null ? gradCamLayer != null : !GRAD_CAM_LAYER_EDEFAULT.equals(gradCamLayer);
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION:
				return occlusion != OCCLUSION_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES:
				return attributeProbes != ATTRIBUTE_PROBES_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES:
				return subgroupAttributes != null && !subgroupAttributes.isEmpty();
			case ExperimentPackage.DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES:
				return bootstrapResamples != BOOTSTRAP_RESAMPLES_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__WORST_CASES:
				return worstCases != WORST_CASES_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				return labels != null && !labels.isEmpty();
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
		result.append(" (gradCam: ");
		result.append(gradCam);
		result.append(", gradCamLayer: ");
		result.append(gradCamLayer);
		result.append(", occlusion: ");
		result.append(occlusion);
		result.append(", attributeProbes: ");
		result.append(attributeProbes);
		result.append(", bootstrapResamples: ");
		result.append(bootstrapResamples);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", worstCases: ");
		result.append(worstCases);
		result.append(", labels: ");
		result.append(labels);
		result.append(')');
		return result.toString();
	}

} //DiagnosticsSpecImpl
