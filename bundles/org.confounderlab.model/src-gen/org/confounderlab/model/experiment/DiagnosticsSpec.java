/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnostics Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudySeeds <em>Study Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudyConfounder <em>Study Confounder</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#isGradCam <em>Grad Cam</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getGradCamLayer <em>Grad Cam Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#isOcclusion <em>Occlusion</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeProbes <em>Attribute Probes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAttributes <em>Subgroup Attributes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getWorstCases <em>Worst Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeImageModels <em>Attribute Image Models</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#isMaskedRetrain <em>Masked Retrain</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getRelianceDeltaAuc <em>Reliance Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAttentionRatio <em>Attention Ratio</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getProbeAuc <em>Probe Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAucGap <em>Subgroup Auc Gap</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DiagnosticsSpec#getOcclusionImages <em>Occlusion Images</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec()
 * @model
 * @generated
 */
public interface DiagnosticsSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Study Seeds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times a study trains every arm, with training seeds seed, seed + 1, …: the tables give the mean and an interval over the seeds, and the arm-against-baseline tests use all of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Seeds</em>' attribute.
	 * @see #setStudySeeds(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_StudySeeds()
	 * @model default="1"
	 * @generated
	 */
	int getStudySeeds();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudySeeds <em>Study Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Seeds</em>' attribute.
	 * @see #getStudySeeds()
	 * @generated
	 */
	void setStudySeeds(int value);

	/**
	 * Returns the value of the '<em><b>Study Confounder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What a study's shifted test set, worst group and TPR gap are built from: an attribute's name, or 'region NAME' (present or absent in each image). Empty: the attribute or region whose shift test drops the baseline's AUC the most.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Study Confounder</em>' attribute.
	 * @see #setStudyConfounder(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_StudyConfounder()
	 * @model
	 * @generated
	 */
	String getStudyConfounder();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudyConfounder <em>Study Confounder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Confounder</em>' attribute.
	 * @see #getStudyConfounder()
	 * @generated
	 */
	void setStudyConfounder(String value);

	/**
	 * Returns the value of the '<em><b>Grad Cam</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grad Cam</em>' attribute.
	 * @see #setGradCam(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_GradCam()
	 * @model default="true"
	 * @generated
	 */
	boolean isGradCam();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isGradCam <em>Grad Cam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grad Cam</em>' attribute.
	 * @see #isGradCam()
	 * @generated
	 */
	void setGradCam(boolean value);

	/**
	 * Returns the value of the '<em><b>Grad Cam Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layer for Grad-CAM; empty = last convolutional layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grad Cam Layer</em>' attribute.
	 * @see #setGradCamLayer(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_GradCamLayer()
	 * @model
	 * @generated
	 */
	String getGradCamLayer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getGradCamLayer <em>Grad Cam Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grad Cam Layer</em>' attribute.
	 * @see #getGradCamLayer()
	 * @generated
	 */
	void setGradCamLayer(String value);

	/**
	 * Returns the value of the '<em><b>Occlusion</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Occlusion</em>' attribute.
	 * @see #setOcclusion(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_Occlusion()
	 * @model default="false"
	 * @generated
	 */
	boolean isOcclusion();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isOcclusion <em>Occlusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occlusion</em>' attribute.
	 * @see #isOcclusion()
	 * @generated
	 */
	void setOcclusion(boolean value);

	/**
	 * Returns the value of the '<em><b>Attribute Probes</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Probes</em>' attribute.
	 * @see #setAttributeProbes(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_AttributeProbes()
	 * @model default="true"
	 * @generated
	 */
	boolean isAttributeProbes();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeProbes <em>Attribute Probes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Probes</em>' attribute.
	 * @see #isAttributeProbes()
	 * @generated
	 */
	void setAttributeProbes(boolean value);

	/**
	 * Returns the value of the '<em><b>Subgroup Attributes</b></em>' reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.ConfounderAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subgroup Attributes</em>' reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_SubgroupAttributes()
	 * @model
	 * @generated
	 */
	EList<ConfounderAttribute> getSubgroupAttributes();

	/**
	 * Returns the value of the '<em><b>Bootstrap Resamples</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bootstrap Resamples</em>' attribute.
	 * @see #setBootstrapResamples(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_BootstrapResamples()
	 * @model default="2000"
	 * @generated
	 */
	int getBootstrapResamples();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootstrap Resamples</em>' attribute.
	 * @see #getBootstrapResamples()
	 * @generated
	 */
	void setBootstrapResamples(int value);

	/**
	 * Returns the value of the '<em><b>Alpha</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha</em>' attribute.
	 * @see #setAlpha(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_Alpha()
	 * @model default="0.05"
	 * @generated
	 */
	double getAlpha();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAlpha <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha</em>' attribute.
	 * @see #getAlpha()
	 * @generated
	 */
	void setAlpha(double value);

	/**
	 * Returns the value of the '<em><b>Worst Cases</b></em>' attribute.
	 * The default value is <code>"16"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Worst Cases</em>' attribute.
	 * @see #setWorstCases(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_WorstCases()
	 * @model default="16"
	 * @generated
	 */
	int getWorstCases();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getWorstCases <em>Worst Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Worst Cases</em>' attribute.
	 * @see #getWorstCases()
	 * @generated
	 */
	void setWorstCases(int value);

	/**
	 * Returns the value of the '<em><b>Attribute Image Models</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also train the experiment's network on the images to predict each attribute value directly (as models recognise patient race from radiographs), and report its test AUC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute Image Models</em>' attribute.
	 * @see #setAttributeImageModels(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_AttributeImageModels()
	 * @model default="false"
	 * @generated
	 */
	boolean isAttributeImageModels();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeImageModels <em>Attribute Image Models</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Image Models</em>' attribute.
	 * @see #isAttributeImageModels()
	 * @generated
	 */
	void setAttributeImageModels(boolean value);

	/**
	 * Returns the value of the '<em><b>Masked Retrain</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the run, retrain with the regions of the masking interventions covered at training time too (the 'cover the labels' arm), as a second run linked to the first, and compare the two on the same test images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Masked Retrain</em>' attribute.
	 * @see #setMaskedRetrain(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_MaskedRetrain()
	 * @model default="false"
	 * @generated
	 */
	boolean isMaskedRetrain();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isMaskedRetrain <em>Masked Retrain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Masked Retrain</em>' attribute.
	 * @see #isMaskedRetrain()
	 * @generated
	 */
	void setMaskedRetrain(boolean value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the labels to explain with saliency and probes; empty = all labels of the dataset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_Labels()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLabels();

	/**
	 * Returns the value of the '<em><b>Reliance Delta Auc</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finding threshold: a masking or shift ΔAUC at least this large (and significant at alpha) means the model relies on the region.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reliance Delta Auc</em>' attribute.
	 * @see #setRelianceDeltaAuc(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_RelianceDeltaAuc()
	 * @model default="0.05"
	 * @generated
	 */
	double getRelianceDeltaAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getRelianceDeltaAuc <em>Reliance Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reliance Delta Auc</em>' attribute.
	 * @see #getRelianceDeltaAuc()
	 * @generated
	 */
	void setRelianceDeltaAuc(double value);

	/**
	 * Returns the value of the '<em><b>Attention Ratio</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finding threshold: a region holding at least this many times its area share of the heat-map mass draws attention.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attention Ratio</em>' attribute.
	 * @see #setAttentionRatio(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_AttentionRatio()
	 * @model default="2.0"
	 * @generated
	 */
	double getAttentionRatio();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAttentionRatio <em>Attention Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attention Ratio</em>' attribute.
	 * @see #getAttentionRatio()
	 * @generated
	 */
	void setAttentionRatio(double value);

	/**
	 * Returns the value of the '<em><b>Probe Auc</b></em>' attribute.
	 * The default value is <code>"0.8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finding threshold: an attribute probe AUC at least this high means the features encode the attribute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probe Auc</em>' attribute.
	 * @see #setProbeAuc(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_ProbeAuc()
	 * @model default="0.8"
	 * @generated
	 */
	double getProbeAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getProbeAuc <em>Probe Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probe Auc</em>' attribute.
	 * @see #getProbeAuc()
	 * @generated
	 */
	void setProbeAuc(double value);

	/**
	 * Returns the value of the '<em><b>Subgroup Auc Gap</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finding threshold: an AUC gap between subgroups at least this large is reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroup Auc Gap</em>' attribute.
	 * @see #setSubgroupAucGap(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_SubgroupAucGap()
	 * @model default="0.1"
	 * @generated
	 */
	double getSubgroupAucGap();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAucGap <em>Subgroup Auc Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subgroup Auc Gap</em>' attribute.
	 * @see #getSubgroupAucGap()
	 * @generated
	 */
	void setSubgroupAucGap(double value);

	/**
	 * Returns the value of the '<em><b>Occlusion Images</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Test images explained by occlusion sensitivity when occlusion is on (it costs a forward pass per grid cell).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occlusion Images</em>' attribute.
	 * @see #setOcclusionImages(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDiagnosticsSpec_OcclusionImages()
	 * @model default="32"
	 * @generated
	 */
	int getOcclusionImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getOcclusionImages <em>Occlusion Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occlusion Images</em>' attribute.
	 * @see #getOcclusionImages()
	 * @generated
	 */
	void setOcclusionImages(int value);

} // DiagnosticsSpec
