/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Leak Check</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getMaxDistance <em>Max Distance</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getTrainTestPairs <em>Train Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getValidationTestPairs <em>Validation Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getTrainValidationPairs <em>Train Validation Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getSharedPatients <em>Shared Patients</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getLeakingTestImages <em>Leaking Test Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getTestImages <em>Test Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getMinCosine <em>Min Cosine</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getFeatureTrainTestPairs <em>Feature Train Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getFeatureValidationTestPairs <em>Feature Validation Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getFeatureTrainValidationPairs <em>Feature Train Validation Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getFeatureOnlyPairs <em>Feature Only Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getFeatureCheckNote <em>Feature Check Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LeakCheckImpl#getLeakFree <em>Leak Free</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeakCheckImpl extends EObjectImpl implements LeakCheck {
	/**
	 * The default value of the '{@link #getMaxDistance() <em>Max Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDistance()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_DISTANCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxDistance() <em>Max Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDistance()
	 * @generated
	 * @ordered
	 */
	protected int maxDistance = MAX_DISTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainTestPairs() <em>Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainTestPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAIN_TEST_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainTestPairs() <em>Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainTestPairs()
	 * @generated
	 * @ordered
	 */
	protected int trainTestPairs = TRAIN_TEST_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationTestPairs() <em>Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationTestPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int VALIDATION_TEST_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValidationTestPairs() <em>Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationTestPairs()
	 * @generated
	 * @ordered
	 */
	protected int validationTestPairs = VALIDATION_TEST_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainValidationPairs() <em>Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainValidationPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAIN_VALIDATION_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainValidationPairs() <em>Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainValidationPairs()
	 * @generated
	 * @ordered
	 */
	protected int trainValidationPairs = TRAIN_VALIDATION_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharedPatients() <em>Shared Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedPatients()
	 * @generated
	 * @ordered
	 */
	protected static final int SHARED_PATIENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSharedPatients() <em>Shared Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedPatients()
	 * @generated
	 * @ordered
	 */
	protected int sharedPatients = SHARED_PATIENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeakingTestImages() <em>Leaking Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakingTestImages()
	 * @generated
	 * @ordered
	 */
	protected static final int LEAKING_TEST_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLeakingTestImages() <em>Leaking Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakingTestImages()
	 * @generated
	 * @ordered
	 */
	protected int leakingTestImages = LEAKING_TEST_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestImages() <em>Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestImages()
	 * @generated
	 * @ordered
	 */
	protected static final int TEST_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTestImages() <em>Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestImages()
	 * @generated
	 * @ordered
	 */
	protected int testImages = TEST_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinCosine() <em>Min Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCosine()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_COSINE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinCosine() <em>Min Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinCosine()
	 * @generated
	 * @ordered
	 */
	protected double minCosine = MIN_COSINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureTrainTestPairs() <em>Feature Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureTrainTestPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURE_TRAIN_TEST_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeatureTrainTestPairs() <em>Feature Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureTrainTestPairs()
	 * @generated
	 * @ordered
	 */
	protected int featureTrainTestPairs = FEATURE_TRAIN_TEST_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureValidationTestPairs() <em>Feature Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureValidationTestPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURE_VALIDATION_TEST_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeatureValidationTestPairs() <em>Feature Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureValidationTestPairs()
	 * @generated
	 * @ordered
	 */
	protected int featureValidationTestPairs = FEATURE_VALIDATION_TEST_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureTrainValidationPairs() <em>Feature Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureTrainValidationPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURE_TRAIN_VALIDATION_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeatureTrainValidationPairs() <em>Feature Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureTrainValidationPairs()
	 * @generated
	 * @ordered
	 */
	protected int featureTrainValidationPairs = FEATURE_TRAIN_VALIDATION_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureOnlyPairs() <em>Feature Only Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureOnlyPairs()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURE_ONLY_PAIRS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeatureOnlyPairs() <em>Feature Only Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureOnlyPairs()
	 * @generated
	 * @ordered
	 */
	protected int featureOnlyPairs = FEATURE_ONLY_PAIRS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureCheckNote() <em>Feature Check Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureCheckNote()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_CHECK_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureCheckNote() <em>Feature Check Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureCheckNote()
	 * @generated
	 * @ordered
	 */
	protected String featureCheckNote = FEATURE_CHECK_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeakFree() <em>Leak Free</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeakFree()
	 * @generated
	 * @ordered
	 */
	protected Evaluation leakFree;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeakCheckImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.LEAK_CHECK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxDistance() {
		return maxDistance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxDistance(int newMaxDistance) {
		int oldMaxDistance = maxDistance;
		maxDistance = newMaxDistance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__MAX_DISTANCE, oldMaxDistance, maxDistance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainTestPairs() {
		return trainTestPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainTestPairs(int newTrainTestPairs) {
		int oldTrainTestPairs = trainTestPairs;
		trainTestPairs = newTrainTestPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__TRAIN_TEST_PAIRS, oldTrainTestPairs, trainTestPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValidationTestPairs() {
		return validationTestPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationTestPairs(int newValidationTestPairs) {
		int oldValidationTestPairs = validationTestPairs;
		validationTestPairs = newValidationTestPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__VALIDATION_TEST_PAIRS, oldValidationTestPairs, validationTestPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainValidationPairs() {
		return trainValidationPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainValidationPairs(int newTrainValidationPairs) {
		int oldTrainValidationPairs = trainValidationPairs;
		trainValidationPairs = newTrainValidationPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__TRAIN_VALIDATION_PAIRS, oldTrainValidationPairs, trainValidationPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSharedPatients() {
		return sharedPatients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedPatients(int newSharedPatients) {
		int oldSharedPatients = sharedPatients;
		sharedPatients = newSharedPatients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__SHARED_PATIENTS, oldSharedPatients, sharedPatients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeakingTestImages() {
		return leakingTestImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeakingTestImages(int newLeakingTestImages) {
		int oldLeakingTestImages = leakingTestImages;
		leakingTestImages = newLeakingTestImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__LEAKING_TEST_IMAGES, oldLeakingTestImages, leakingTestImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestImages() {
		return testImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestImages(int newTestImages) {
		int oldTestImages = testImages;
		testImages = newTestImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__TEST_IMAGES, oldTestImages, testImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinCosine() {
		return minCosine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinCosine(double newMinCosine) {
		double oldMinCosine = minCosine;
		minCosine = newMinCosine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__MIN_COSINE, oldMinCosine, minCosine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeatureTrainTestPairs() {
		return featureTrainTestPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureTrainTestPairs(int newFeatureTrainTestPairs) {
		int oldFeatureTrainTestPairs = featureTrainTestPairs;
		featureTrainTestPairs = newFeatureTrainTestPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS, oldFeatureTrainTestPairs, featureTrainTestPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeatureValidationTestPairs() {
		return featureValidationTestPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureValidationTestPairs(int newFeatureValidationTestPairs) {
		int oldFeatureValidationTestPairs = featureValidationTestPairs;
		featureValidationTestPairs = newFeatureValidationTestPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS, oldFeatureValidationTestPairs, featureValidationTestPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeatureTrainValidationPairs() {
		return featureTrainValidationPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureTrainValidationPairs(int newFeatureTrainValidationPairs) {
		int oldFeatureTrainValidationPairs = featureTrainValidationPairs;
		featureTrainValidationPairs = newFeatureTrainValidationPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS, oldFeatureTrainValidationPairs, featureTrainValidationPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeatureOnlyPairs() {
		return featureOnlyPairs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureOnlyPairs(int newFeatureOnlyPairs) {
		int oldFeatureOnlyPairs = featureOnlyPairs;
		featureOnlyPairs = newFeatureOnlyPairs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__FEATURE_ONLY_PAIRS, oldFeatureOnlyPairs, featureOnlyPairs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureCheckNote() {
		return featureCheckNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureCheckNote(String newFeatureCheckNote) {
		String oldFeatureCheckNote = featureCheckNote;
		featureCheckNote = newFeatureCheckNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__FEATURE_CHECK_NOTE, oldFeatureCheckNote, featureCheckNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation getLeakFree() {
		return leakFree;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLeakFree(Evaluation newLeakFree, NotificationChain msgs) {
		Evaluation oldLeakFree = leakFree;
		leakFree = newLeakFree;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__LEAK_FREE, oldLeakFree, newLeakFree);
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
	public void setLeakFree(Evaluation newLeakFree) {
		if (newLeakFree != leakFree) {
			NotificationChain msgs = null;
			if (leakFree != null)
				msgs = ((InternalEObject)leakFree).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RunPackage.LEAK_CHECK__LEAK_FREE, null, msgs);
			if (newLeakFree != null)
				msgs = ((InternalEObject)newLeakFree).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RunPackage.LEAK_CHECK__LEAK_FREE, null, msgs);
			msgs = basicSetLeakFree(newLeakFree, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LEAK_CHECK__LEAK_FREE, newLeakFree, newLeakFree));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.LEAK_CHECK__LEAK_FREE:
				return basicSetLeakFree(null, msgs);
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
			case RunPackage.LEAK_CHECK__MAX_DISTANCE:
				return getMaxDistance();
			case RunPackage.LEAK_CHECK__TRAIN_TEST_PAIRS:
				return getTrainTestPairs();
			case RunPackage.LEAK_CHECK__VALIDATION_TEST_PAIRS:
				return getValidationTestPairs();
			case RunPackage.LEAK_CHECK__TRAIN_VALIDATION_PAIRS:
				return getTrainValidationPairs();
			case RunPackage.LEAK_CHECK__SHARED_PATIENTS:
				return getSharedPatients();
			case RunPackage.LEAK_CHECK__LEAKING_TEST_IMAGES:
				return getLeakingTestImages();
			case RunPackage.LEAK_CHECK__TEST_IMAGES:
				return getTestImages();
			case RunPackage.LEAK_CHECK__MIN_COSINE:
				return getMinCosine();
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS:
				return getFeatureTrainTestPairs();
			case RunPackage.LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS:
				return getFeatureValidationTestPairs();
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS:
				return getFeatureTrainValidationPairs();
			case RunPackage.LEAK_CHECK__FEATURE_ONLY_PAIRS:
				return getFeatureOnlyPairs();
			case RunPackage.LEAK_CHECK__FEATURE_CHECK_NOTE:
				return getFeatureCheckNote();
			case RunPackage.LEAK_CHECK__LEAK_FREE:
				return getLeakFree();
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
			case RunPackage.LEAK_CHECK__MAX_DISTANCE:
				setMaxDistance((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__TRAIN_TEST_PAIRS:
				setTrainTestPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__VALIDATION_TEST_PAIRS:
				setValidationTestPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__TRAIN_VALIDATION_PAIRS:
				setTrainValidationPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__SHARED_PATIENTS:
				setSharedPatients((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__LEAKING_TEST_IMAGES:
				setLeakingTestImages((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__TEST_IMAGES:
				setTestImages((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__MIN_COSINE:
				setMinCosine((Double)newValue);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS:
				setFeatureTrainTestPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS:
				setFeatureValidationTestPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS:
				setFeatureTrainValidationPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_ONLY_PAIRS:
				setFeatureOnlyPairs((Integer)newValue);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_CHECK_NOTE:
				setFeatureCheckNote((String)newValue);
				return;
			case RunPackage.LEAK_CHECK__LEAK_FREE:
				setLeakFree((Evaluation)newValue);
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
			case RunPackage.LEAK_CHECK__MAX_DISTANCE:
				setMaxDistance(MAX_DISTANCE_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__TRAIN_TEST_PAIRS:
				setTrainTestPairs(TRAIN_TEST_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__VALIDATION_TEST_PAIRS:
				setValidationTestPairs(VALIDATION_TEST_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__TRAIN_VALIDATION_PAIRS:
				setTrainValidationPairs(TRAIN_VALIDATION_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__SHARED_PATIENTS:
				setSharedPatients(SHARED_PATIENTS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__LEAKING_TEST_IMAGES:
				setLeakingTestImages(LEAKING_TEST_IMAGES_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__TEST_IMAGES:
				setTestImages(TEST_IMAGES_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__MIN_COSINE:
				setMinCosine(MIN_COSINE_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS:
				setFeatureTrainTestPairs(FEATURE_TRAIN_TEST_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS:
				setFeatureValidationTestPairs(FEATURE_VALIDATION_TEST_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS:
				setFeatureTrainValidationPairs(FEATURE_TRAIN_VALIDATION_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_ONLY_PAIRS:
				setFeatureOnlyPairs(FEATURE_ONLY_PAIRS_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__FEATURE_CHECK_NOTE:
				setFeatureCheckNote(FEATURE_CHECK_NOTE_EDEFAULT);
				return;
			case RunPackage.LEAK_CHECK__LEAK_FREE:
				setLeakFree((Evaluation)null);
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
			case RunPackage.LEAK_CHECK__MAX_DISTANCE:
				return maxDistance != MAX_DISTANCE_EDEFAULT;
			case RunPackage.LEAK_CHECK__TRAIN_TEST_PAIRS:
				return trainTestPairs != TRAIN_TEST_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__VALIDATION_TEST_PAIRS:
				return validationTestPairs != VALIDATION_TEST_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__TRAIN_VALIDATION_PAIRS:
				return trainValidationPairs != TRAIN_VALIDATION_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__SHARED_PATIENTS:
				return sharedPatients != SHARED_PATIENTS_EDEFAULT;
			case RunPackage.LEAK_CHECK__LEAKING_TEST_IMAGES:
				return leakingTestImages != LEAKING_TEST_IMAGES_EDEFAULT;
			case RunPackage.LEAK_CHECK__TEST_IMAGES:
				return testImages != TEST_IMAGES_EDEFAULT;
			case RunPackage.LEAK_CHECK__MIN_COSINE:
				return minCosine != MIN_COSINE_EDEFAULT;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS:
				return featureTrainTestPairs != FEATURE_TRAIN_TEST_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS:
				return featureValidationTestPairs != FEATURE_VALIDATION_TEST_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS:
				return featureTrainValidationPairs != FEATURE_TRAIN_VALIDATION_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__FEATURE_ONLY_PAIRS:
				return featureOnlyPairs != FEATURE_ONLY_PAIRS_EDEFAULT;
			case RunPackage.LEAK_CHECK__FEATURE_CHECK_NOTE:
				return FEATURE_CHECK_NOTE_EDEFAULT == null ? featureCheckNote != null : !FEATURE_CHECK_NOTE_EDEFAULT.equals(featureCheckNote);
			case RunPackage.LEAK_CHECK__LEAK_FREE:
				return leakFree != null;
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
		result.append(" (maxDistance: ");
		result.append(maxDistance);
		result.append(", trainTestPairs: ");
		result.append(trainTestPairs);
		result.append(", validationTestPairs: ");
		result.append(validationTestPairs);
		result.append(", trainValidationPairs: ");
		result.append(trainValidationPairs);
		result.append(", sharedPatients: ");
		result.append(sharedPatients);
		result.append(", leakingTestImages: ");
		result.append(leakingTestImages);
		result.append(", testImages: ");
		result.append(testImages);
		result.append(", minCosine: ");
		result.append(minCosine);
		result.append(", featureTrainTestPairs: ");
		result.append(featureTrainTestPairs);
		result.append(", featureValidationTestPairs: ");
		result.append(featureValidationTestPairs);
		result.append(", featureTrainValidationPairs: ");
		result.append(featureTrainValidationPairs);
		result.append(", featureOnlyPairs: ");
		result.append(featureOnlyPairs);
		result.append(", featureCheckNote: ");
		result.append(featureCheckNote);
		result.append(')');
		return result.toString();
	}

} //LeakCheckImpl
