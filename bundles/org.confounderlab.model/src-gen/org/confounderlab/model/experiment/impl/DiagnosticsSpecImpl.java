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
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getStudySeeds <em>Study Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getStudyConfounder <em>Study Confounder</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isGradCam <em>Grad Cam</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getGradCamLayer <em>Grad Cam Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isOcclusion <em>Occlusion</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isAttributeProbes <em>Attribute Probes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getSubgroupAttributes <em>Subgroup Attributes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getBootstrapResamples <em>Bootstrap Resamples</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getWorstCases <em>Worst Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isAttributeImageModels <em>Attribute Image Models</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#isMaskedRetrain <em>Masked Retrain</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getRelianceDeltaAuc <em>Reliance Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getAttentionRatio <em>Attention Ratio</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getProbeAuc <em>Probe Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getSubgroupAucGap <em>Subgroup Auc Gap</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl#getOcclusionImages <em>Occlusion Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosticsSpecImpl extends EObjectImpl implements DiagnosticsSpec {
	/**
	 * The default value of the '{@link #getStudySeeds() <em>Study Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudySeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int STUDY_SEEDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getStudySeeds() <em>Study Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudySeeds()
	 * @generated
	 * @ordered
	 */
	protected int studySeeds = STUDY_SEEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyConfounder() <em>Study Confounder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyConfounder()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_CONFOUNDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyConfounder() <em>Study Confounder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyConfounder()
	 * @generated
	 * @ordered
	 */
	protected String studyConfounder = STUDY_CONFOUNDER_EDEFAULT;

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
	 * The default value of the '{@link #isAttributeImageModels() <em>Attribute Image Models</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttributeImageModels()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ATTRIBUTE_IMAGE_MODELS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAttributeImageModels() <em>Attribute Image Models</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAttributeImageModels()
	 * @generated
	 * @ordered
	 */
	protected boolean attributeImageModels = ATTRIBUTE_IMAGE_MODELS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMaskedRetrain() <em>Masked Retrain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaskedRetrain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MASKED_RETRAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMaskedRetrain() <em>Masked Retrain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMaskedRetrain()
	 * @generated
	 * @ordered
	 */
	protected boolean maskedRetrain = MASKED_RETRAIN_EDEFAULT;

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
	 * The default value of the '{@link #getRelianceDeltaAuc() <em>Reliance Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelianceDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double RELIANCE_DELTA_AUC_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getRelianceDeltaAuc() <em>Reliance Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelianceDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected double relianceDeltaAuc = RELIANCE_DELTA_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttentionRatio() <em>Attention Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionRatio()
	 * @generated
	 * @ordered
	 */
	protected static final double ATTENTION_RATIO_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getAttentionRatio() <em>Attention Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttentionRatio()
	 * @generated
	 * @ordered
	 */
	protected double attentionRatio = ATTENTION_RATIO_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbeAuc() <em>Probe Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBE_AUC_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getProbeAuc() <em>Probe Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbeAuc()
	 * @generated
	 * @ordered
	 */
	protected double probeAuc = PROBE_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubgroupAucGap() <em>Subgroup Auc Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroupAucGap()
	 * @generated
	 * @ordered
	 */
	protected static final double SUBGROUP_AUC_GAP_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getSubgroupAucGap() <em>Subgroup Auc Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubgroupAucGap()
	 * @generated
	 * @ordered
	 */
	protected double subgroupAucGap = SUBGROUP_AUC_GAP_EDEFAULT;

	/**
	 * The default value of the '{@link #getOcclusionImages() <em>Occlusion Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcclusionImages()
	 * @generated
	 * @ordered
	 */
	protected static final int OCCLUSION_IMAGES_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getOcclusionImages() <em>Occlusion Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOcclusionImages()
	 * @generated
	 * @ordered
	 */
	protected int occlusionImages = OCCLUSION_IMAGES_EDEFAULT;

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
	public int getStudySeeds() {
		return studySeeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudySeeds(int newStudySeeds) {
		int oldStudySeeds = studySeeds;
		studySeeds = newStudySeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_SEEDS, oldStudySeeds, studySeeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyConfounder() {
		return studyConfounder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyConfounder(String newStudyConfounder) {
		String oldStudyConfounder = studyConfounder;
		studyConfounder = newStudyConfounder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_CONFOUNDER, oldStudyConfounder, studyConfounder));
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
	public boolean isAttributeImageModels() {
		return attributeImageModels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributeImageModels(boolean newAttributeImageModels) {
		boolean oldAttributeImageModels = attributeImageModels;
		attributeImageModels = newAttributeImageModels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS, oldAttributeImageModels, attributeImageModels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMaskedRetrain() {
		return maskedRetrain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskedRetrain(boolean newMaskedRetrain) {
		boolean oldMaskedRetrain = maskedRetrain;
		maskedRetrain = newMaskedRetrain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__MASKED_RETRAIN, oldMaskedRetrain, maskedRetrain));
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
	public double getRelianceDeltaAuc() {
		return relianceDeltaAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelianceDeltaAuc(double newRelianceDeltaAuc) {
		double oldRelianceDeltaAuc = relianceDeltaAuc;
		relianceDeltaAuc = newRelianceDeltaAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC, oldRelianceDeltaAuc, relianceDeltaAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAttentionRatio() {
		return attentionRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttentionRatio(double newAttentionRatio) {
		double oldAttentionRatio = attentionRatio;
		attentionRatio = newAttentionRatio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__ATTENTION_RATIO, oldAttentionRatio, attentionRatio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbeAuc() {
		return probeAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbeAuc(double newProbeAuc) {
		double oldProbeAuc = probeAuc;
		probeAuc = newProbeAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__PROBE_AUC, oldProbeAuc, probeAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSubgroupAucGap() {
		return subgroupAucGap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubgroupAucGap(double newSubgroupAucGap) {
		double oldSubgroupAucGap = subgroupAucGap;
		subgroupAucGap = newSubgroupAucGap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP, oldSubgroupAucGap, subgroupAucGap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOcclusionImages() {
		return occlusionImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOcclusionImages(int newOcclusionImages) {
		int oldOcclusionImages = occlusionImages;
		occlusionImages = newOcclusionImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION_IMAGES, oldOcclusionImages, occlusionImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_SEEDS:
				return getStudySeeds();
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_CONFOUNDER:
				return getStudyConfounder();
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS:
				return isAttributeImageModels();
			case ExperimentPackage.DIAGNOSTICS_SPEC__MASKED_RETRAIN:
				return isMaskedRetrain();
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				return getLabels();
			case ExperimentPackage.DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC:
				return getRelianceDeltaAuc();
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTENTION_RATIO:
				return getAttentionRatio();
			case ExperimentPackage.DIAGNOSTICS_SPEC__PROBE_AUC:
				return getProbeAuc();
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP:
				return getSubgroupAucGap();
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION_IMAGES:
				return getOcclusionImages();
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_SEEDS:
				setStudySeeds((Integer)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_CONFOUNDER:
				setStudyConfounder((String)newValue);
				return;
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS:
				setAttributeImageModels((Boolean)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__MASKED_RETRAIN:
				setMaskedRetrain((Boolean)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends String>)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC:
				setRelianceDeltaAuc((Double)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTENTION_RATIO:
				setAttentionRatio((Double)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__PROBE_AUC:
				setProbeAuc((Double)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP:
				setSubgroupAucGap((Double)newValue);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION_IMAGES:
				setOcclusionImages((Integer)newValue);
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_SEEDS:
				setStudySeeds(STUDY_SEEDS_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_CONFOUNDER:
				setStudyConfounder(STUDY_CONFOUNDER_EDEFAULT);
				return;
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS:
				setAttributeImageModels(ATTRIBUTE_IMAGE_MODELS_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__MASKED_RETRAIN:
				setMaskedRetrain(MASKED_RETRAIN_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				getLabels().clear();
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC:
				setRelianceDeltaAuc(RELIANCE_DELTA_AUC_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTENTION_RATIO:
				setAttentionRatio(ATTENTION_RATIO_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__PROBE_AUC:
				setProbeAuc(PROBE_AUC_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP:
				setSubgroupAucGap(SUBGROUP_AUC_GAP_EDEFAULT);
				return;
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION_IMAGES:
				setOcclusionImages(OCCLUSION_IMAGES_EDEFAULT);
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_SEEDS:
				return studySeeds != STUDY_SEEDS_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__STUDY_CONFOUNDER:
				return STUDY_CONFOUNDER_EDEFAULT == null ? studyConfounder != null : !STUDY_CONFOUNDER_EDEFAULT.equals(studyConfounder);
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
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS:
				return attributeImageModels != ATTRIBUTE_IMAGE_MODELS_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__MASKED_RETRAIN:
				return maskedRetrain != MASKED_RETRAIN_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__LABELS:
				return labels != null && !labels.isEmpty();
			case ExperimentPackage.DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC:
				return relianceDeltaAuc != RELIANCE_DELTA_AUC_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__ATTENTION_RATIO:
				return attentionRatio != ATTENTION_RATIO_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__PROBE_AUC:
				return probeAuc != PROBE_AUC_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP:
				return subgroupAucGap != SUBGROUP_AUC_GAP_EDEFAULT;
			case ExperimentPackage.DIAGNOSTICS_SPEC__OCCLUSION_IMAGES:
				return occlusionImages != OCCLUSION_IMAGES_EDEFAULT;
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
		result.append(" (studySeeds: ");
		result.append(studySeeds);
		result.append(", studyConfounder: ");
		result.append(studyConfounder);
		result.append(", gradCam: ");
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
		result.append(", attributeImageModels: ");
		result.append(attributeImageModels);
		result.append(", maskedRetrain: ");
		result.append(maskedRetrain);
		result.append(", labels: ");
		result.append(labels);
		result.append(", relianceDeltaAuc: ");
		result.append(relianceDeltaAuc);
		result.append(", attentionRatio: ");
		result.append(attentionRatio);
		result.append(", probeAuc: ");
		result.append(probeAuc);
		result.append(", subgroupAucGap: ");
		result.append(subgroupAucGap);
		result.append(", occlusionImages: ");
		result.append(occlusionImages);
		result.append(')');
		return result.toString();
	}

} //DiagnosticsSpecImpl
