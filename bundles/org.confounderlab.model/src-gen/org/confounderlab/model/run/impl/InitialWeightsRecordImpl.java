/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.InitialWeightsRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Initial Weights Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getLoaded <em>Loaded</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getInitialised <em>Initialised</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getIgnored <em>Ignored</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl#getAdaptations <em>Adaptations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InitialWeightsRecordImpl extends EObjectImpl implements InitialWeightsRecord {
	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLoaded() <em>Loaded</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoaded()
	 * @generated
	 * @ordered
	 */
	protected EList<String> loaded;

	/**
	 * The cached value of the '{@link #getInitialised() <em>Initialised</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialised()
	 * @generated
	 * @ordered
	 */
	protected EList<String> initialised;

	/**
	 * The cached value of the '{@link #getIgnored() <em>Ignored</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIgnored()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ignored;

	/**
	 * The cached value of the '{@link #getAdaptations() <em>Adaptations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdaptations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> adaptations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InitialWeightsRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.INITIAL_WEIGHTS_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INITIAL_WEIGHTS_RECORD__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INITIAL_WEIGHTS_RECORD__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.INITIAL_WEIGHTS_RECORD__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLoaded() {
		if (loaded == null) {
			loaded = new EDataTypeEList<String>(String.class, this, RunPackage.INITIAL_WEIGHTS_RECORD__LOADED);
		}
		return loaded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInitialised() {
		if (initialised == null) {
			initialised = new EDataTypeEList<String>(String.class, this, RunPackage.INITIAL_WEIGHTS_RECORD__INITIALISED);
		}
		return initialised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIgnored() {
		if (ignored == null) {
			ignored = new EDataTypeEList<String>(String.class, this, RunPackage.INITIAL_WEIGHTS_RECORD__IGNORED);
		}
		return ignored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdaptations() {
		if (adaptations == null) {
			adaptations = new EDataTypeEList<String>(String.class, this, RunPackage.INITIAL_WEIGHTS_RECORD__ADAPTATIONS);
		}
		return adaptations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.INITIAL_WEIGHTS_RECORD__FILE:
				return getFile();
			case RunPackage.INITIAL_WEIGHTS_RECORD__FORMAT:
				return getFormat();
			case RunPackage.INITIAL_WEIGHTS_RECORD__SHA256:
				return getSha256();
			case RunPackage.INITIAL_WEIGHTS_RECORD__LOADED:
				return getLoaded();
			case RunPackage.INITIAL_WEIGHTS_RECORD__INITIALISED:
				return getInitialised();
			case RunPackage.INITIAL_WEIGHTS_RECORD__IGNORED:
				return getIgnored();
			case RunPackage.INITIAL_WEIGHTS_RECORD__ADAPTATIONS:
				return getAdaptations();
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
			case RunPackage.INITIAL_WEIGHTS_RECORD__FILE:
				setFile((String)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__FORMAT:
				setFormat((String)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__SHA256:
				setSha256((String)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__LOADED:
				getLoaded().clear();
				getLoaded().addAll((Collection<? extends String>)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__INITIALISED:
				getInitialised().clear();
				getInitialised().addAll((Collection<? extends String>)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__IGNORED:
				getIgnored().clear();
				getIgnored().addAll((Collection<? extends String>)newValue);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__ADAPTATIONS:
				getAdaptations().clear();
				getAdaptations().addAll((Collection<? extends String>)newValue);
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
			case RunPackage.INITIAL_WEIGHTS_RECORD__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__LOADED:
				getLoaded().clear();
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__INITIALISED:
				getInitialised().clear();
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__IGNORED:
				getIgnored().clear();
				return;
			case RunPackage.INITIAL_WEIGHTS_RECORD__ADAPTATIONS:
				getAdaptations().clear();
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
			case RunPackage.INITIAL_WEIGHTS_RECORD__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case RunPackage.INITIAL_WEIGHTS_RECORD__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case RunPackage.INITIAL_WEIGHTS_RECORD__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case RunPackage.INITIAL_WEIGHTS_RECORD__LOADED:
				return loaded != null && !loaded.isEmpty();
			case RunPackage.INITIAL_WEIGHTS_RECORD__INITIALISED:
				return initialised != null && !initialised.isEmpty();
			case RunPackage.INITIAL_WEIGHTS_RECORD__IGNORED:
				return ignored != null && !ignored.isEmpty();
			case RunPackage.INITIAL_WEIGHTS_RECORD__ADAPTATIONS:
				return adaptations != null && !adaptations.isEmpty();
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
		result.append(" (file: ");
		result.append(file);
		result.append(", format: ");
		result.append(format);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", loaded: ");
		result.append(loaded);
		result.append(", initialised: ");
		result.append(initialised);
		result.append(", ignored: ");
		result.append(ignored);
		result.append(", adaptations: ");
		result.append(adaptations);
		result.append(')');
		return result.toString();
	}

} //InitialWeightsRecordImpl
