/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.Augmentation;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.GroupDroSpec;
import org.confounderlab.model.experiment.JustTrainTwiceSpec;
import org.confounderlab.model.experiment.LastLayerRetrainingSpec;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.Optimizer;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.TrainingSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getFreezeEpochs <em>Freeze Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getEarlyStoppingPatience <em>Early Stopping Patience</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getAugmentation <em>Augmentation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getTrainTimeMasking <em>Train Time Masking</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getTrainTimeMaskPlacement <em>Train Time Mask Placement</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getRebalancing <em>Rebalancing</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getRebalanceAttribute <em>Rebalance Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getGroupDro <em>Group Dro</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getJustTrainTwice <em>Just Train Twice</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getLastLayerRetraining <em>Last Layer Retraining</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl#getDistillation <em>Distillation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSpecImpl extends EObjectImpl implements TrainingSpec {
	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected static final Optimizer OPTIMIZER_EDEFAULT = Optimizer.ADAM;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected Optimizer optimizer = OPTIMIZER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 42L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFreezeEpochs() <em>Freeze Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreezeEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int FREEZE_EPOCHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFreezeEpochs() <em>Freeze Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFreezeEpochs()
	 * @generated
	 * @ordered
	 */
	protected int freezeEpochs = FREEZE_EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected static final int EARLY_STOPPING_PATIENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEarlyStoppingPatience() <em>Early Stopping Patience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyStoppingPatience()
	 * @generated
	 * @ordered
	 */
	protected int earlyStoppingPatience = EARLY_STOPPING_PATIENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAugmentation() <em>Augmentation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAugmentation()
	 * @generated
	 * @ordered
	 */
	protected Augmentation augmentation;

	/**
	 * The cached value of the '{@link #getTrainTimeMasking() <em>Train Time Masking</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainTimeMasking()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> trainTimeMasking;

	/**
	 * The default value of the '{@link #getTrainTimeMaskPlacement() <em>Train Time Mask Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainTimeMaskPlacement()
	 * @generated
	 * @ordered
	 */
	protected static final MaskPlacement TRAIN_TIME_MASK_PLACEMENT_EDEFAULT = MaskPlacement.REGIONS;

	/**
	 * The cached value of the '{@link #getTrainTimeMaskPlacement() <em>Train Time Mask Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainTimeMaskPlacement()
	 * @generated
	 * @ordered
	 */
	protected MaskPlacement trainTimeMaskPlacement = TRAIN_TIME_MASK_PLACEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRebalancing() <em>Rebalancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebalancing()
	 * @generated
	 * @ordered
	 */
	protected static final Rebalancing REBALANCING_EDEFAULT = Rebalancing.NONE;

	/**
	 * The cached value of the '{@link #getRebalancing() <em>Rebalancing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebalancing()
	 * @generated
	 * @ordered
	 */
	protected Rebalancing rebalancing = REBALANCING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRebalanceAttribute() <em>Rebalance Attribute</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebalanceAttribute()
	 * @generated
	 * @ordered
	 */
	protected ConfounderAttribute rebalanceAttribute;

	/**
	 * The cached value of the '{@link #getGroupDro() <em>Group Dro</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupDro()
	 * @generated
	 * @ordered
	 */
	protected GroupDroSpec groupDro;

	/**
	 * The cached value of the '{@link #getJustTrainTwice() <em>Just Train Twice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustTrainTwice()
	 * @generated
	 * @ordered
	 */
	protected JustTrainTwiceSpec justTrainTwice;

	/**
	 * The cached value of the '{@link #getLastLayerRetraining() <em>Last Layer Retraining</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastLayerRetraining()
	 * @generated
	 * @ordered
	 */
	protected LastLayerRetrainingSpec lastLayerRetraining;

	/**
	 * The cached value of the '{@link #getDistillation() <em>Distillation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDistillation()
	 * @generated
	 * @ordered
	 */
	protected DistillationSpec distillation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.TRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Optimizer getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(Optimizer newOptimizer) {
		Optimizer oldOptimizer = optimizer;
		optimizer = newOptimizer == null ? OPTIMIZER_EDEFAULT : newOptimizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__OPTIMIZER, oldOptimizer, optimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay() {
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay) {
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFreezeEpochs() {
		return freezeEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFreezeEpochs(int newFreezeEpochs) {
		int oldFreezeEpochs = freezeEpochs;
		freezeEpochs = newFreezeEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__FREEZE_EPOCHS, oldFreezeEpochs, freezeEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEarlyStoppingPatience() {
		return earlyStoppingPatience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyStoppingPatience(int newEarlyStoppingPatience) {
		int oldEarlyStoppingPatience = earlyStoppingPatience;
		earlyStoppingPatience = newEarlyStoppingPatience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE, oldEarlyStoppingPatience, earlyStoppingPatience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Augmentation getAugmentation() {
		return augmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAugmentation(Augmentation newAugmentation, NotificationChain msgs) {
		Augmentation oldAugmentation = augmentation;
		augmentation = newAugmentation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__AUGMENTATION, oldAugmentation, newAugmentation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAugmentation(Augmentation newAugmentation) {
		if (newAugmentation != augmentation) {
			NotificationChain msgs = null;
			if (augmentation != null)
				msgs = ((InternalEObject)augmentation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__AUGMENTATION, null, msgs);
			if (newAugmentation != null)
				msgs = ((InternalEObject)newAugmentation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__AUGMENTATION, null, msgs);
			msgs = basicSetAugmentation(newAugmentation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__AUGMENTATION, newAugmentation, newAugmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getTrainTimeMasking() {
		if (trainTimeMasking == null) {
			trainTimeMasking = new EObjectResolvingEList<Region>(Region.class, this, ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASKING);
		}
		return trainTimeMasking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaskPlacement getTrainTimeMaskPlacement() {
		return trainTimeMaskPlacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainTimeMaskPlacement(MaskPlacement newTrainTimeMaskPlacement) {
		MaskPlacement oldTrainTimeMaskPlacement = trainTimeMaskPlacement;
		trainTimeMaskPlacement = newTrainTimeMaskPlacement == null ? TRAIN_TIME_MASK_PLACEMENT_EDEFAULT : newTrainTimeMaskPlacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT, oldTrainTimeMaskPlacement, trainTimeMaskPlacement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rebalancing getRebalancing() {
		return rebalancing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRebalancing(Rebalancing newRebalancing) {
		Rebalancing oldRebalancing = rebalancing;
		rebalancing = newRebalancing == null ? REBALANCING_EDEFAULT : newRebalancing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__REBALANCING, oldRebalancing, rebalancing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfounderAttribute getRebalanceAttribute() {
		if (rebalanceAttribute != null && rebalanceAttribute.eIsProxy()) {
			InternalEObject oldRebalanceAttribute = (InternalEObject)rebalanceAttribute;
			rebalanceAttribute = (ConfounderAttribute)eResolveProxy(oldRebalanceAttribute);
			if (rebalanceAttribute != oldRebalanceAttribute) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE, oldRebalanceAttribute, rebalanceAttribute));
			}
		}
		return rebalanceAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConfounderAttribute basicGetRebalanceAttribute() {
		return rebalanceAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRebalanceAttribute(ConfounderAttribute newRebalanceAttribute) {
		ConfounderAttribute oldRebalanceAttribute = rebalanceAttribute;
		rebalanceAttribute = newRebalanceAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE, oldRebalanceAttribute, rebalanceAttribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupDroSpec getGroupDro() {
		return groupDro;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGroupDro(GroupDroSpec newGroupDro, NotificationChain msgs) {
		GroupDroSpec oldGroupDro = groupDro;
		groupDro = newGroupDro;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__GROUP_DRO, oldGroupDro, newGroupDro);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupDro(GroupDroSpec newGroupDro) {
		if (newGroupDro != groupDro) {
			NotificationChain msgs = null;
			if (groupDro != null)
				msgs = ((InternalEObject)groupDro).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__GROUP_DRO, null, msgs);
			if (newGroupDro != null)
				msgs = ((InternalEObject)newGroupDro).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__GROUP_DRO, null, msgs);
			msgs = basicSetGroupDro(newGroupDro, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__GROUP_DRO, newGroupDro, newGroupDro));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JustTrainTwiceSpec getJustTrainTwice() {
		return justTrainTwice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetJustTrainTwice(JustTrainTwiceSpec newJustTrainTwice, NotificationChain msgs) {
		JustTrainTwiceSpec oldJustTrainTwice = justTrainTwice;
		justTrainTwice = newJustTrainTwice;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE, oldJustTrainTwice, newJustTrainTwice);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustTrainTwice(JustTrainTwiceSpec newJustTrainTwice) {
		if (newJustTrainTwice != justTrainTwice) {
			NotificationChain msgs = null;
			if (justTrainTwice != null)
				msgs = ((InternalEObject)justTrainTwice).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE, null, msgs);
			if (newJustTrainTwice != null)
				msgs = ((InternalEObject)newJustTrainTwice).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE, null, msgs);
			msgs = basicSetJustTrainTwice(newJustTrainTwice, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE, newJustTrainTwice, newJustTrainTwice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LastLayerRetrainingSpec getLastLayerRetraining() {
		return lastLayerRetraining;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLastLayerRetraining(LastLayerRetrainingSpec newLastLayerRetraining, NotificationChain msgs) {
		LastLayerRetrainingSpec oldLastLayerRetraining = lastLayerRetraining;
		lastLayerRetraining = newLastLayerRetraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING, oldLastLayerRetraining, newLastLayerRetraining);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastLayerRetraining(LastLayerRetrainingSpec newLastLayerRetraining) {
		if (newLastLayerRetraining != lastLayerRetraining) {
			NotificationChain msgs = null;
			if (lastLayerRetraining != null)
				msgs = ((InternalEObject)lastLayerRetraining).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING, null, msgs);
			if (newLastLayerRetraining != null)
				msgs = ((InternalEObject)newLastLayerRetraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING, null, msgs);
			msgs = basicSetLastLayerRetraining(newLastLayerRetraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING, newLastLayerRetraining, newLastLayerRetraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistillationSpec getDistillation() {
		return distillation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDistillation(DistillationSpec newDistillation, NotificationChain msgs) {
		DistillationSpec oldDistillation = distillation;
		distillation = newDistillation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__DISTILLATION, oldDistillation, newDistillation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDistillation(DistillationSpec newDistillation) {
		if (newDistillation != distillation) {
			NotificationChain msgs = null;
			if (distillation != null)
				msgs = ((InternalEObject)distillation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__DISTILLATION, null, msgs);
			if (newDistillation != null)
				msgs = ((InternalEObject)newDistillation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.TRAINING_SPEC__DISTILLATION, null, msgs);
			msgs = basicSetDistillation(newDistillation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.TRAINING_SPEC__DISTILLATION, newDistillation, newDistillation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.TRAINING_SPEC__AUGMENTATION:
				return basicSetAugmentation(null, msgs);
			case ExperimentPackage.TRAINING_SPEC__GROUP_DRO:
				return basicSetGroupDro(null, msgs);
			case ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE:
				return basicSetJustTrainTwice(null, msgs);
			case ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING:
				return basicSetLastLayerRetraining(null, msgs);
			case ExperimentPackage.TRAINING_SPEC__DISTILLATION:
				return basicSetDistillation(null, msgs);
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
			case ExperimentPackage.TRAINING_SPEC__EPOCHS:
				return getEpochs();
			case ExperimentPackage.TRAINING_SPEC__BATCH_SIZE:
				return getBatchSize();
			case ExperimentPackage.TRAINING_SPEC__OPTIMIZER:
				return getOptimizer();
			case ExperimentPackage.TRAINING_SPEC__LEARNING_RATE:
				return getLearningRate();
			case ExperimentPackage.TRAINING_SPEC__WEIGHT_DECAY:
				return getWeightDecay();
			case ExperimentPackage.TRAINING_SPEC__SEED:
				return getSeed();
			case ExperimentPackage.TRAINING_SPEC__FREEZE_EPOCHS:
				return getFreezeEpochs();
			case ExperimentPackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				return getEarlyStoppingPatience();
			case ExperimentPackage.TRAINING_SPEC__AUGMENTATION:
				return getAugmentation();
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASKING:
				return getTrainTimeMasking();
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT:
				return getTrainTimeMaskPlacement();
			case ExperimentPackage.TRAINING_SPEC__REBALANCING:
				return getRebalancing();
			case ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE:
				if (resolve) return getRebalanceAttribute();
				return basicGetRebalanceAttribute();
			case ExperimentPackage.TRAINING_SPEC__GROUP_DRO:
				return getGroupDro();
			case ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE:
				return getJustTrainTwice();
			case ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING:
				return getLastLayerRetraining();
			case ExperimentPackage.TRAINING_SPEC__DISTILLATION:
				return getDistillation();
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
			case ExperimentPackage.TRAINING_SPEC__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer((Optimizer)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__SEED:
				setSeed((Long)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__FREEZE_EPOCHS:
				setFreezeEpochs((Integer)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience((Integer)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__AUGMENTATION:
				setAugmentation((Augmentation)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASKING:
				getTrainTimeMasking().clear();
				getTrainTimeMasking().addAll((Collection<? extends Region>)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT:
				setTrainTimeMaskPlacement((MaskPlacement)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__REBALANCING:
				setRebalancing((Rebalancing)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE:
				setRebalanceAttribute((ConfounderAttribute)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__GROUP_DRO:
				setGroupDro((GroupDroSpec)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE:
				setJustTrainTwice((JustTrainTwiceSpec)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING:
				setLastLayerRetraining((LastLayerRetrainingSpec)newValue);
				return;
			case ExperimentPackage.TRAINING_SPEC__DISTILLATION:
				setDistillation((DistillationSpec)newValue);
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
			case ExperimentPackage.TRAINING_SPEC__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer(OPTIMIZER_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__FREEZE_EPOCHS:
				setFreezeEpochs(FREEZE_EPOCHS_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				setEarlyStoppingPatience(EARLY_STOPPING_PATIENCE_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__AUGMENTATION:
				setAugmentation((Augmentation)null);
				return;
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASKING:
				getTrainTimeMasking().clear();
				return;
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT:
				setTrainTimeMaskPlacement(TRAIN_TIME_MASK_PLACEMENT_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__REBALANCING:
				setRebalancing(REBALANCING_EDEFAULT);
				return;
			case ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE:
				setRebalanceAttribute((ConfounderAttribute)null);
				return;
			case ExperimentPackage.TRAINING_SPEC__GROUP_DRO:
				setGroupDro((GroupDroSpec)null);
				return;
			case ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE:
				setJustTrainTwice((JustTrainTwiceSpec)null);
				return;
			case ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING:
				setLastLayerRetraining((LastLayerRetrainingSpec)null);
				return;
			case ExperimentPackage.TRAINING_SPEC__DISTILLATION:
				setDistillation((DistillationSpec)null);
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
			case ExperimentPackage.TRAINING_SPEC__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__OPTIMIZER:
				return optimizer != OPTIMIZER_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__SEED:
				return seed != SEED_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__FREEZE_EPOCHS:
				return freezeEpochs != FREEZE_EPOCHS_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__EARLY_STOPPING_PATIENCE:
				return earlyStoppingPatience != EARLY_STOPPING_PATIENCE_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__AUGMENTATION:
				return augmentation != null;
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASKING:
				return trainTimeMasking != null && !trainTimeMasking.isEmpty();
			case ExperimentPackage.TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT:
				return trainTimeMaskPlacement != TRAIN_TIME_MASK_PLACEMENT_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__REBALANCING:
				return rebalancing != REBALANCING_EDEFAULT;
			case ExperimentPackage.TRAINING_SPEC__REBALANCE_ATTRIBUTE:
				return rebalanceAttribute != null;
			case ExperimentPackage.TRAINING_SPEC__GROUP_DRO:
				return groupDro != null;
			case ExperimentPackage.TRAINING_SPEC__JUST_TRAIN_TWICE:
				return justTrainTwice != null;
			case ExperimentPackage.TRAINING_SPEC__LAST_LAYER_RETRAINING:
				return lastLayerRetraining != null;
			case ExperimentPackage.TRAINING_SPEC__DISTILLATION:
				return distillation != null;
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
		result.append(" (epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", optimizer: ");
		result.append(optimizer);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(", seed: ");
		result.append(seed);
		result.append(", freezeEpochs: ");
		result.append(freezeEpochs);
		result.append(", earlyStoppingPatience: ");
		result.append(earlyStoppingPatience);
		result.append(", trainTimeMaskPlacement: ");
		result.append(trainTimeMaskPlacement);
		result.append(", rebalancing: ");
		result.append(rebalancing);
		result.append(')');
		return result.toString();
	}

} //TrainingSpecImpl
