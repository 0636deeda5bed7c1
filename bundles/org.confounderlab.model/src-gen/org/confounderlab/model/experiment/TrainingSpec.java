/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getFreezeEpochs <em>Freeze Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMasking <em>Train Time Masking</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMaskPlacement <em>Train Time Mask Placement</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getRebalancing <em>Rebalancing</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getRebalanceAttribute <em>Rebalance Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getGroupDro <em>Group Dro</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getJustTrainTwice <em>Just Train Twice</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getLastLayerRetraining <em>Last Layer Retraining</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.TrainingSpec#getDistillation <em>Distillation</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec()
 * @model
 * @generated
 */
public interface TrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Epochs()
	 * @model default="20"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_BatchSize()
	 * @model default="32"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' attribute.
	 * The default value is <code>"ADAM"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.Optimizer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' attribute.
	 * @see org.confounderlab.model.experiment.Optimizer
	 * @see #setOptimizer(Optimizer)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Optimizer()
	 * @model default="ADAM"
	 * @generated
	 */
	Optimizer getOptimizer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getOptimizer <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' attribute.
	 * @see org.confounderlab.model.experiment.Optimizer
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(Optimizer value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_WeightDecay()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Freeze Epochs</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fine-tuning: for the first N epochs only the classifier learns, on the features of the fixed network (batch-norm statistics included); then everything does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Freeze Epochs</em>' attribute.
	 * @see #setFreezeEpochs(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_FreezeEpochs()
	 * @model default="0"
	 * @generated
	 */
	int getFreezeEpochs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getFreezeEpochs <em>Freeze Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Freeze Epochs</em>' attribute.
	 * @see #getFreezeEpochs()
	 * @generated
	 */
	void setFreezeEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs without validation improvement before stopping; 0 = off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #setEarlyStoppingPatience(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_EarlyStoppingPatience()
	 * @model default="0"
	 * @generated
	 */
	int getEarlyStoppingPatience();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Stopping Patience</em>' attribute.
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 */
	void setEarlyStoppingPatience(int value);

	/**
	 * Returns the value of the '<em><b>Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Augmentation</em>' containment reference.
	 * @see #setAugmentation(Augmentation)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Augmentation()
	 * @model containment="true"
	 * @generated
	 */
	Augmentation getAugmentation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getAugmentation <em>Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Augmentation</em>' containment reference.
	 * @see #getAugmentation()
	 * @generated
	 */
	void setAugmentation(Augmentation value);

	/**
	 * Returns the value of the '<em><b>Train Time Masking</b></em>' reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Time Masking</em>' reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_TrainTimeMasking()
	 * @model
	 * @generated
	 */
	EList<Region> getTrainTimeMasking();

	/**
	 * Returns the value of the '<em><b>Train Time Mask Placement</b></em>' attribute.
	 * The default value is <code>"REGIONS"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.MaskPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the train-time masks go: REGIONS covers the regions themselves (the 'cover the labels' arm); RANDOM_LOCATION erases boxes of the same size at a random place in each image, away from the regions (the control arm: erasing alone, the marker still visible).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Train Time Mask Placement</em>' attribute.
	 * @see org.confounderlab.model.experiment.MaskPlacement
	 * @see #setTrainTimeMaskPlacement(MaskPlacement)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_TrainTimeMaskPlacement()
	 * @model default="REGIONS"
	 * @generated
	 */
	MaskPlacement getTrainTimeMaskPlacement();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMaskPlacement <em>Train Time Mask Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Time Mask Placement</em>' attribute.
	 * @see org.confounderlab.model.experiment.MaskPlacement
	 * @see #getTrainTimeMaskPlacement()
	 * @generated
	 */
	void setTrainTimeMaskPlacement(MaskPlacement value);

	/**
	 * Returns the value of the '<em><b>Rebalancing</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.Rebalancing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rebalancing</em>' attribute.
	 * @see org.confounderlab.model.experiment.Rebalancing
	 * @see #setRebalancing(Rebalancing)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Rebalancing()
	 * @model default="NONE"
	 * @generated
	 */
	Rebalancing getRebalancing();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getRebalancing <em>Rebalancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rebalancing</em>' attribute.
	 * @see org.confounderlab.model.experiment.Rebalancing
	 * @see #getRebalancing()
	 * @generated
	 */
	void setRebalancing(Rebalancing value);

	/**
	 * Returns the value of the '<em><b>Rebalance Attribute</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rebalance Attribute</em>' reference.
	 * @see #setRebalanceAttribute(ConfounderAttribute)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_RebalanceAttribute()
	 * @model
	 * @generated
	 */
	ConfounderAttribute getRebalanceAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getRebalanceAttribute <em>Rebalance Attribute</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rebalance Attribute</em>' reference.
	 * @see #getRebalanceAttribute()
	 * @generated
	 */
	void setRebalanceAttribute(ConfounderAttribute value);

	/**
	 * Returns the value of the '<em><b>Group Dro</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, training minimises the group-weighted loss of online group DRO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group Dro</em>' containment reference.
	 * @see #setGroupDro(GroupDroSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_GroupDro()
	 * @model containment="true"
	 * @generated
	 */
	GroupDroSpec getGroupDro();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getGroupDro <em>Group Dro</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Dro</em>' containment reference.
	 * @see #getGroupDro()
	 * @generated
	 */
	void setGroupDro(GroupDroSpec value);

	/**
	 * Returns the value of the '<em><b>Just Train Twice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the training images an identification model gets wrong are upweighted in the real training (JTT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Just Train Twice</em>' containment reference.
	 * @see #setJustTrainTwice(JustTrainTwiceSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_JustTrainTwice()
	 * @model containment="true"
	 * @generated
	 */
	JustTrainTwiceSpec getJustTrainTwice();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getJustTrainTwice <em>Just Train Twice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Just Train Twice</em>' containment reference.
	 * @see #getJustTrainTwice()
	 * @generated
	 */
	void setJustTrainTwice(JustTrainTwiceSpec value);

	/**
	 * Returns the value of the '<em><b>Last Layer Retraining</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the final layer is re-fitted on group-balanced validation features after training (DFR).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Layer Retraining</em>' containment reference.
	 * @see #setLastLayerRetraining(LastLayerRetrainingSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_LastLayerRetraining()
	 * @model containment="true"
	 * @generated
	 */
	LastLayerRetrainingSpec getLastLayerRetraining();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getLastLayerRetraining <em>Last Layer Retraining</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Layer Retraining</em>' containment reference.
	 * @see #getLastLayerRetraining()
	 * @generated
	 */
	void setLastLayerRetraining(LastLayerRetrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Distillation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intermediate-layer knowledge distillation from a specialist teacher (Boland, Tsaftaris and Dahdouh, 2025): a teacher of the same architecture trained on a confounder-free subset, then this model trained on the full data with distillation losses at chosen layers and the final layer; absent = no distillation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distillation</em>' containment reference.
	 * @see #setDistillation(DistillationSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getTrainingSpec_Distillation()
	 * @model containment="true"
	 * @generated
	 */
	DistillationSpec getDistillation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.TrainingSpec#getDistillation <em>Distillation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Distillation</em>' containment reference.
	 * @see #getDistillation()
	 * @generated
	 */
	void setDistillation(DistillationSpec value);

} // TrainingSpec
