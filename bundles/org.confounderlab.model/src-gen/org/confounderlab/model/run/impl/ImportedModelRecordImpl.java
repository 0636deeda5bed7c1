/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.ImportedModelRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Imported Model Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getInput <em>Input</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getOutput <em>Output</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getSaliency <em>Saliency</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl#getCamLayers <em>Cam Layers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportedModelRecordImpl extends EObjectImpl implements ImportedModelRecord {
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
	 * The default value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducer() <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducer()
	 * @generated
	 * @ordered
	 */
	protected String producer = PRODUCER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInput() <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInput()
	 * @generated
	 * @ordered
	 */
	protected String input = INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutput() <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutput()
	 * @generated
	 * @ordered
	 */
	protected String output = OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected String features = FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaliency() <em>Saliency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaliency()
	 * @generated
	 * @ordered
	 */
	protected static final String SALIENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSaliency() <em>Saliency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaliency()
	 * @generated
	 * @ordered
	 */
	protected String saliency = SALIENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCamLayers() <em>Cam Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCamLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> camLayers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportedModelRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.IMPORTED_MODEL_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__FILE, oldFile, file));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducer() {
		return producer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducer(String newProducer) {
		String oldProducer = producer;
		producer = newProducer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__PRODUCER, oldProducer, producer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInput() {
		return input;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInput(String newInput) {
		String oldInput = input;
		input = newInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__INPUT, oldInput, input));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutput() {
		return output;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutput(String newOutput) {
		String oldOutput = output;
		output = newOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__OUTPUT, oldOutput, output));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatures() {
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatures(String newFeatures) {
		String oldFeatures = features;
		features = newFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__FEATURES, oldFeatures, features));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSaliency() {
		return saliency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaliency(String newSaliency) {
		String oldSaliency = saliency;
		saliency = newSaliency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMPORTED_MODEL_RECORD__SALIENCY, oldSaliency, saliency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCamLayers() {
		if (camLayers == null) {
			camLayers = new EDataTypeEList<String>(String.class, this, RunPackage.IMPORTED_MODEL_RECORD__CAM_LAYERS);
		}
		return camLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.IMPORTED_MODEL_RECORD__FILE:
				return getFile();
			case RunPackage.IMPORTED_MODEL_RECORD__SHA256:
				return getSha256();
			case RunPackage.IMPORTED_MODEL_RECORD__PRODUCER:
				return getProducer();
			case RunPackage.IMPORTED_MODEL_RECORD__INPUT:
				return getInput();
			case RunPackage.IMPORTED_MODEL_RECORD__OUTPUT:
				return getOutput();
			case RunPackage.IMPORTED_MODEL_RECORD__FEATURES:
				return getFeatures();
			case RunPackage.IMPORTED_MODEL_RECORD__SALIENCY:
				return getSaliency();
			case RunPackage.IMPORTED_MODEL_RECORD__CAM_LAYERS:
				return getCamLayers();
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
			case RunPackage.IMPORTED_MODEL_RECORD__FILE:
				setFile((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__SHA256:
				setSha256((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__PRODUCER:
				setProducer((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__INPUT:
				setInput((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__OUTPUT:
				setOutput((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__FEATURES:
				setFeatures((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__SALIENCY:
				setSaliency((String)newValue);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__CAM_LAYERS:
				getCamLayers().clear();
				getCamLayers().addAll((Collection<? extends String>)newValue);
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
			case RunPackage.IMPORTED_MODEL_RECORD__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__PRODUCER:
				setProducer(PRODUCER_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__INPUT:
				setInput(INPUT_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__OUTPUT:
				setOutput(OUTPUT_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__FEATURES:
				setFeatures(FEATURES_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__SALIENCY:
				setSaliency(SALIENCY_EDEFAULT);
				return;
			case RunPackage.IMPORTED_MODEL_RECORD__CAM_LAYERS:
				getCamLayers().clear();
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
			case RunPackage.IMPORTED_MODEL_RECORD__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case RunPackage.IMPORTED_MODEL_RECORD__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case RunPackage.IMPORTED_MODEL_RECORD__PRODUCER:
				return PRODUCER_EDEFAULT == null ? producer != null : !PRODUCER_EDEFAULT.equals(producer);
			case RunPackage.IMPORTED_MODEL_RECORD__INPUT:
				return INPUT_EDEFAULT == null ? input != null : !INPUT_EDEFAULT.equals(input);
			case RunPackage.IMPORTED_MODEL_RECORD__OUTPUT:
				return OUTPUT_EDEFAULT == null ? output != null : !OUTPUT_EDEFAULT.equals(output);
			case RunPackage.IMPORTED_MODEL_RECORD__FEATURES:
				return FEATURES_EDEFAULT == null ? features != null : !FEATURES_EDEFAULT.equals(features);
			case RunPackage.IMPORTED_MODEL_RECORD__SALIENCY:
				return SALIENCY_EDEFAULT == null ? saliency != null : !SALIENCY_EDEFAULT.equals(saliency);
			case RunPackage.IMPORTED_MODEL_RECORD__CAM_LAYERS:
				return camLayers != null && !camLayers.isEmpty();
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
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", producer: ");
		result.append(producer);
		result.append(", input: ");
		result.append(input);
		result.append(", output: ");
		result.append(output);
		result.append(", features: ");
		result.append(features);
		result.append(", saliency: ");
		result.append(saliency);
		result.append(", camLayers: ");
		result.append(camLayers);
		result.append(')');
		return result.toString();
	}

} //ImportedModelRecordImpl
