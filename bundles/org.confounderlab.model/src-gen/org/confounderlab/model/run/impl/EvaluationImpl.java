/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.InterventionKind;

import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.RunPackage;

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
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getInterventionName <em>Intervention Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getInterventionKind <em>Intervention Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.EvaluationImpl#getPatients <em>Patients</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends EObjectImpl implements Evaluation {
	/**
	 * The default value of the '{@link #getInterventionName() <em>Intervention Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionName()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVENTION_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterventionName() <em>Intervention Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionName()
	 * @generated
	 * @ordered
	 */
	protected String interventionName = INTERVENTION_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterventionKind() <em>Intervention Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionKind()
	 * @generated
	 * @ordered
	 */
	protected static final InterventionKind INTERVENTION_KIND_EDEFAULT = InterventionKind.ORIGINAL;

	/**
	 * The cached value of the '{@link #getInterventionKind() <em>Intervention Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterventionKind()
	 * @generated
	 * @ordered
	 */
	protected InterventionKind interventionKind = INTERVENTION_KIND_EDEFAULT;

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
	 * The default value of the '{@link #getPositives() <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositives()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITIVES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPositives() <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositives()
	 * @generated
	 * @ordered
	 */
	protected int positives = POSITIVES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabels() <em>Labels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<LabelEvaluation> labels;

	/**
	 * The default value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected static final int PATIENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPatients() <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected int patients = PATIENTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterventionName() {
		return interventionName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterventionName(String newInterventionName) {
		String oldInterventionName = interventionName;
		interventionName = newInterventionName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EVALUATION__INTERVENTION_NAME, oldInterventionName, interventionName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterventionKind getInterventionKind() {
		return interventionKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterventionKind(InterventionKind newInterventionKind) {
		InterventionKind oldInterventionKind = interventionKind;
		interventionKind = newInterventionKind == null ? INTERVENTION_KIND_EDEFAULT : newInterventionKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EVALUATION__INTERVENTION_KIND, oldInterventionKind, interventionKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EVALUATION__N, oldN, n));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPositives() {
		return positives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositives(int newPositives) {
		int oldPositives = positives;
		positives = newPositives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EVALUATION__POSITIVES, oldPositives, positives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabelEvaluation> getLabels() {
		if (labels == null) {
			labels = new EObjectContainmentEList<LabelEvaluation>(LabelEvaluation.class, this, RunPackage.EVALUATION__LABELS);
		}
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPatients() {
		return patients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatients(int newPatients) {
		int oldPatients = patients;
		patients = newPatients;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.EVALUATION__PATIENTS, oldPatients, patients));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.EVALUATION__LABELS:
				return ((InternalEList<?>)getLabels()).basicRemove(otherEnd, msgs);
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
			case RunPackage.EVALUATION__INTERVENTION_NAME:
				return getInterventionName();
			case RunPackage.EVALUATION__INTERVENTION_KIND:
				return getInterventionKind();
			case RunPackage.EVALUATION__N:
				return getN();
			case RunPackage.EVALUATION__POSITIVES:
				return getPositives();
			case RunPackage.EVALUATION__LABELS:
				return getLabels();
			case RunPackage.EVALUATION__PATIENTS:
				return getPatients();
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
			case RunPackage.EVALUATION__INTERVENTION_NAME:
				setInterventionName((String)newValue);
				return;
			case RunPackage.EVALUATION__INTERVENTION_KIND:
				setInterventionKind((InterventionKind)newValue);
				return;
			case RunPackage.EVALUATION__N:
				setN((Integer)newValue);
				return;
			case RunPackage.EVALUATION__POSITIVES:
				setPositives((Integer)newValue);
				return;
			case RunPackage.EVALUATION__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends LabelEvaluation>)newValue);
				return;
			case RunPackage.EVALUATION__PATIENTS:
				setPatients((Integer)newValue);
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
			case RunPackage.EVALUATION__INTERVENTION_NAME:
				setInterventionName(INTERVENTION_NAME_EDEFAULT);
				return;
			case RunPackage.EVALUATION__INTERVENTION_KIND:
				setInterventionKind(INTERVENTION_KIND_EDEFAULT);
				return;
			case RunPackage.EVALUATION__N:
				setN(N_EDEFAULT);
				return;
			case RunPackage.EVALUATION__POSITIVES:
				setPositives(POSITIVES_EDEFAULT);
				return;
			case RunPackage.EVALUATION__LABELS:
				getLabels().clear();
				return;
			case RunPackage.EVALUATION__PATIENTS:
				setPatients(PATIENTS_EDEFAULT);
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
			case RunPackage.EVALUATION__INTERVENTION_NAME:
				return INTERVENTION_NAME_EDEFAULT == null ? interventionName != null : !INTERVENTION_NAME_EDEFAULT.equals(interventionName);
			case RunPackage.EVALUATION__INTERVENTION_KIND:
				return interventionKind != INTERVENTION_KIND_EDEFAULT;
			case RunPackage.EVALUATION__N:
				return n != N_EDEFAULT;
			case RunPackage.EVALUATION__POSITIVES:
				return positives != POSITIVES_EDEFAULT;
			case RunPackage.EVALUATION__LABELS:
				return labels != null && !labels.isEmpty();
			case RunPackage.EVALUATION__PATIENTS:
				return patients != PATIENTS_EDEFAULT;
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
		result.append(" (interventionName: ");
		result.append(interventionName);
		result.append(", interventionKind: ");
		result.append(interventionKind);
		result.append(", n: ");
		result.append(n);
		result.append(", positives: ");
		result.append(positives);
		result.append(", patients: ");
		result.append(patients);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
