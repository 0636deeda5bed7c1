/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.InputNormalisation;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.OutputActivation;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getWeightsFile <em>Weights File</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOutputActivation <em>Output Activation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getNormalisationMean <em>Normalisation Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getNormalisationStd <em>Normalisation Std</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelSpecImpl extends EObjectImpl implements ModelSpec {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.RESNET18;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_SIZE_EDEFAULT = 224;

	/**
	 * The cached value of the '{@link #getInputSize() <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputSize()
	 * @generated
	 * @ordered
	 */
	protected int inputSize = INPUT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightsFile() <em>Weights File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHTS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightsFile() <em>Weights File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightsFile()
	 * @generated
	 * @ordered
	 */
	protected String weightsFile = WEIGHTS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputActivation() <em>Output Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputActivation()
	 * @generated
	 * @ordered
	 */
	protected static final OutputActivation OUTPUT_ACTIVATION_EDEFAULT = OutputActivation.SIGMOID;

	/**
	 * The cached value of the '{@link #getOutputActivation() <em>Output Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputActivation()
	 * @generated
	 * @ordered
	 */
	protected OutputActivation outputActivation = OUTPUT_ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected static final InputNormalisation NORMALISATION_EDEFAULT = InputNormalisation.NONE;

	/**
	 * The cached value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected InputNormalisation normalisation = NORMALISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNormalisationMean() <em>Normalisation Mean</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisationMean()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> normalisationMean;

	/**
	 * The cached value of the '{@link #getNormalisationStd() <em>Normalisation Std</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisationStd()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> normalisationStd;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.MODEL_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputSize() {
		return inputSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputSize(int newInputSize) {
		int oldInputSize = inputSize;
		inputSize = newInputSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__INPUT_SIZE, oldInputSize, inputSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightsFile() {
		return weightsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightsFile(String newWeightsFile) {
		String oldWeightsFile = weightsFile;
		weightsFile = newWeightsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__WEIGHTS_FILE, oldWeightsFile, weightsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputActivation getOutputActivation() {
		return outputActivation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputActivation(OutputActivation newOutputActivation) {
		OutputActivation oldOutputActivation = outputActivation;
		outputActivation = newOutputActivation == null ? OUTPUT_ACTIVATION_EDEFAULT : newOutputActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__OUTPUT_ACTIVATION, oldOutputActivation, outputActivation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputNormalisation getNormalisation() {
		return normalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalisation(InputNormalisation newNormalisation) {
		InputNormalisation oldNormalisation = normalisation;
		normalisation = newNormalisation == null ? NORMALISATION_EDEFAULT : newNormalisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__NORMALISATION, oldNormalisation, normalisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getNormalisationMean() {
		if (normalisationMean == null) {
			normalisationMean = new EDataTypeEList<Double>(Double.class, this, ExperimentPackage.MODEL_SPEC__NORMALISATION_MEAN);
		}
		return normalisationMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getNormalisationStd() {
		if (normalisationStd == null) {
			normalisationStd = new EDataTypeEList<Double>(Double.class, this, ExperimentPackage.MODEL_SPEC__NORMALISATION_STD);
		}
		return normalisationStd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.MODEL_SPEC__ARCHITECTURE:
				return getArchitecture();
			case ExperimentPackage.MODEL_SPEC__INPUT_SIZE:
				return getInputSize();
			case ExperimentPackage.MODEL_SPEC__CHANNELS:
				return getChannels();
			case ExperimentPackage.MODEL_SPEC__WEIGHTS_FILE:
				return getWeightsFile();
			case ExperimentPackage.MODEL_SPEC__OUTPUT_ACTIVATION:
				return getOutputActivation();
			case ExperimentPackage.MODEL_SPEC__NORMALISATION:
				return getNormalisation();
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_MEAN:
				return getNormalisationMean();
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_STD:
				return getNormalisationStd();
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
			case ExperimentPackage.MODEL_SPEC__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__INPUT_SIZE:
				setInputSize((Integer)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__WEIGHTS_FILE:
				setWeightsFile((String)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__OUTPUT_ACTIVATION:
				setOutputActivation((OutputActivation)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION:
				setNormalisation((InputNormalisation)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_MEAN:
				getNormalisationMean().clear();
				getNormalisationMean().addAll((Collection<? extends Double>)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_STD:
				getNormalisationStd().clear();
				getNormalisationStd().addAll((Collection<? extends Double>)newValue);
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
			case ExperimentPackage.MODEL_SPEC__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__INPUT_SIZE:
				setInputSize(INPUT_SIZE_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__WEIGHTS_FILE:
				setWeightsFile(WEIGHTS_FILE_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__OUTPUT_ACTIVATION:
				setOutputActivation(OUTPUT_ACTIVATION_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION:
				setNormalisation(NORMALISATION_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_MEAN:
				getNormalisationMean().clear();
				return;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_STD:
				getNormalisationStd().clear();
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
			case ExperimentPackage.MODEL_SPEC__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__INPUT_SIZE:
				return inputSize != INPUT_SIZE_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__WEIGHTS_FILE:
				return WEIGHTS_FILE_EDEFAULT == null ? weightsFile != null : !WEIGHTS_FILE_EDEFAULT.equals(weightsFile);
			case ExperimentPackage.MODEL_SPEC__OUTPUT_ACTIVATION:
				return outputActivation != OUTPUT_ACTIVATION_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION:
				return normalisation != NORMALISATION_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_MEAN:
				return normalisationMean != null && !normalisationMean.isEmpty();
			case ExperimentPackage.MODEL_SPEC__NORMALISATION_STD:
				return normalisationStd != null && !normalisationStd.isEmpty();
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", inputSize: ");
		result.append(inputSize);
		result.append(", channels: ");
		result.append(channels);
		result.append(", weightsFile: ");
		result.append(weightsFile);
		result.append(", outputActivation: ");
		result.append(outputActivation);
		result.append(", normalisation: ");
		result.append(normalisation);
		result.append(", normalisationMean: ");
		result.append(normalisationMean);
		result.append(", normalisationStd: ");
		result.append(normalisationStd);
		result.append(')');
		return result.toString();
	}

} //ModelSpecImpl
