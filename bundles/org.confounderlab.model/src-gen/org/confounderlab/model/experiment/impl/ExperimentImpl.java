/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SlurmSpec;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;

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
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getSplit <em>Split</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ExperimentImpl#getSlurm <em>Slurm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends EObjectImpl implements Experiment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetReference dataset;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<ConfounderAttribute> attributes;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<Region> regions;

	/**
	 * The cached value of the '{@link #getSplit() <em>Split</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSplit()
	 * @generated
	 * @ordered
	 */
	protected SplitSpec split;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected ModelSpec model;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSpec training;

	/**
	 * The cached value of the '{@link #getInterventions() <em>Interventions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventions()
	 * @generated
	 * @ordered
	 */
	protected EList<Intervention> interventions;

	/**
	 * The cached value of the '{@link #getDiagnostics() <em>Diagnostics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected DiagnosticsSpec diagnostics;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected BackendSpec backend;

	/**
	 * The cached value of the '{@link #getSlurm() <em>Slurm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlurm()
	 * @generated
	 * @ordered
	 */
	protected SlurmSpec slurm;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetReference getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetReference newDataset, NotificationChain msgs) {
		DatasetReference oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DATASET, oldDataset, newDataset);
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
	public void setDataset(DatasetReference newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConfounderAttribute> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<ConfounderAttribute>(ConfounderAttribute.class, this, ExperimentPackage.EXPERIMENT__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Region> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<Region>(Region.class, this, ExperimentPackage.EXPERIMENT__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitSpec getSplit() {
		return split;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSplit(SplitSpec newSplit, NotificationChain msgs) {
		SplitSpec oldSplit = split;
		split = newSplit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SPLIT, oldSplit, newSplit);
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
	public void setSplit(SplitSpec newSplit) {
		if (newSplit != split) {
			NotificationChain msgs = null;
			if (split != null)
				msgs = ((InternalEObject)split).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SPLIT, null, msgs);
			if (newSplit != null)
				msgs = ((InternalEObject)newSplit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SPLIT, null, msgs);
			msgs = basicSetSplit(newSplit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SPLIT, newSplit, newSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSpec getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModel(ModelSpec newModel, NotificationChain msgs) {
		ModelSpec oldModel = model;
		model = newModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__MODEL, oldModel, newModel);
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
	public void setModel(ModelSpec newModel) {
		if (newModel != model) {
			NotificationChain msgs = null;
			if (model != null)
				msgs = ((InternalEObject)model).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__MODEL, null, msgs);
			if (newModel != null)
				msgs = ((InternalEObject)newModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__MODEL, null, msgs);
			msgs = basicSetModel(newModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__MODEL, newModel, newModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSpec newTraining, NotificationChain msgs) {
		TrainingSpec oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__TRAINING, oldTraining, newTraining);
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
	public void setTraining(TrainingSpec newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Intervention> getInterventions() {
		if (interventions == null) {
			interventions = new EObjectContainmentEList<Intervention>(Intervention.class, this, ExperimentPackage.EXPERIMENT__INTERVENTIONS);
		}
		return interventions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosticsSpec getDiagnostics() {
		return diagnostics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDiagnostics(DiagnosticsSpec newDiagnostics, NotificationChain msgs) {
		DiagnosticsSpec oldDiagnostics = diagnostics;
		diagnostics = newDiagnostics;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DIAGNOSTICS, oldDiagnostics, newDiagnostics);
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
	public void setDiagnostics(DiagnosticsSpec newDiagnostics) {
		if (newDiagnostics != diagnostics) {
			NotificationChain msgs = null;
			if (diagnostics != null)
				msgs = ((InternalEObject)diagnostics).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DIAGNOSTICS, null, msgs);
			if (newDiagnostics != null)
				msgs = ((InternalEObject)newDiagnostics).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__DIAGNOSTICS, null, msgs);
			msgs = basicSetDiagnostics(newDiagnostics, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__DIAGNOSTICS, newDiagnostics, newDiagnostics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendSpec getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackend(BackendSpec newBackend, NotificationChain msgs) {
		BackendSpec oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__BACKEND, oldBackend, newBackend);
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
	public void setBackend(BackendSpec newBackend) {
		if (newBackend != backend) {
			NotificationChain msgs = null;
			if (backend != null)
				msgs = ((InternalEObject)backend).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__BACKEND, null, msgs);
			if (newBackend != null)
				msgs = ((InternalEObject)newBackend).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__BACKEND, null, msgs);
			msgs = basicSetBackend(newBackend, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__BACKEND, newBackend, newBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlurmSpec getSlurm() {
		return slurm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSlurm(SlurmSpec newSlurm, NotificationChain msgs) {
		SlurmSpec oldSlurm = slurm;
		slurm = newSlurm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SLURM, oldSlurm, newSlurm);
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
	public void setSlurm(SlurmSpec newSlurm) {
		if (newSlurm != slurm) {
			NotificationChain msgs = null;
			if (slurm != null)
				msgs = ((InternalEObject)slurm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SLURM, null, msgs);
			if (newSlurm != null)
				msgs = ((InternalEObject)newSlurm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ExperimentPackage.EXPERIMENT__SLURM, null, msgs);
			msgs = basicSetSlurm(newSlurm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.EXPERIMENT__SLURM, newSlurm, newSlurm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ExperimentPackage.EXPERIMENT__DATASET:
				return basicSetDataset(null, msgs);
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__SPLIT:
				return basicSetSplit(null, msgs);
			case ExperimentPackage.EXPERIMENT__MODEL:
				return basicSetModel(null, msgs);
			case ExperimentPackage.EXPERIMENT__TRAINING:
				return basicSetTraining(null, msgs);
			case ExperimentPackage.EXPERIMENT__INTERVENTIONS:
				return ((InternalEList<?>)getInterventions()).basicRemove(otherEnd, msgs);
			case ExperimentPackage.EXPERIMENT__DIAGNOSTICS:
				return basicSetDiagnostics(null, msgs);
			case ExperimentPackage.EXPERIMENT__BACKEND:
				return basicSetBackend(null, msgs);
			case ExperimentPackage.EXPERIMENT__SLURM:
				return basicSetSlurm(null, msgs);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				return getName();
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case ExperimentPackage.EXPERIMENT__DATASET:
				return getDataset();
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES:
				return getAttributes();
			case ExperimentPackage.EXPERIMENT__REGIONS:
				return getRegions();
			case ExperimentPackage.EXPERIMENT__SPLIT:
				return getSplit();
			case ExperimentPackage.EXPERIMENT__MODEL:
				return getModel();
			case ExperimentPackage.EXPERIMENT__TRAINING:
				return getTraining();
			case ExperimentPackage.EXPERIMENT__INTERVENTIONS:
				return getInterventions();
			case ExperimentPackage.EXPERIMENT__DIAGNOSTICS:
				return getDiagnostics();
			case ExperimentPackage.EXPERIMENT__BACKEND:
				return getBackend();
			case ExperimentPackage.EXPERIMENT__SLURM:
				return getSlurm();
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
			case ExperimentPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DATASET:
				setDataset((DatasetReference)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends ConfounderAttribute>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends Region>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SPLIT:
				setSplit((SplitSpec)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__MODEL:
				setModel((ModelSpec)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__INTERVENTIONS:
				getInterventions().clear();
				getInterventions().addAll((Collection<? extends Intervention>)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__DIAGNOSTICS:
				setDiagnostics((DiagnosticsSpec)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__BACKEND:
				setBackend((BackendSpec)newValue);
				return;
			case ExperimentPackage.EXPERIMENT__SLURM:
				setSlurm((SlurmSpec)newValue);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ExperimentPackage.EXPERIMENT__DATASET:
				setDataset((DatasetReference)null);
				return;
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES:
				getAttributes().clear();
				return;
			case ExperimentPackage.EXPERIMENT__REGIONS:
				getRegions().clear();
				return;
			case ExperimentPackage.EXPERIMENT__SPLIT:
				setSplit((SplitSpec)null);
				return;
			case ExperimentPackage.EXPERIMENT__MODEL:
				setModel((ModelSpec)null);
				return;
			case ExperimentPackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)null);
				return;
			case ExperimentPackage.EXPERIMENT__INTERVENTIONS:
				getInterventions().clear();
				return;
			case ExperimentPackage.EXPERIMENT__DIAGNOSTICS:
				setDiagnostics((DiagnosticsSpec)null);
				return;
			case ExperimentPackage.EXPERIMENT__BACKEND:
				setBackend((BackendSpec)null);
				return;
			case ExperimentPackage.EXPERIMENT__SLURM:
				setSlurm((SlurmSpec)null);
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
			case ExperimentPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ExperimentPackage.EXPERIMENT__DATASET:
				return dataset != null;
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case ExperimentPackage.EXPERIMENT__REGIONS:
				return regions != null && !regions.isEmpty();
			case ExperimentPackage.EXPERIMENT__SPLIT:
				return split != null;
			case ExperimentPackage.EXPERIMENT__MODEL:
				return model != null;
			case ExperimentPackage.EXPERIMENT__TRAINING:
				return training != null;
			case ExperimentPackage.EXPERIMENT__INTERVENTIONS:
				return interventions != null && !interventions.isEmpty();
			case ExperimentPackage.EXPERIMENT__DIAGNOSTICS:
				return diagnostics != null;
			case ExperimentPackage.EXPERIMENT__BACKEND:
				return backend != null;
			case ExperimentPackage.EXPERIMENT__SLURM:
				return slurm != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
