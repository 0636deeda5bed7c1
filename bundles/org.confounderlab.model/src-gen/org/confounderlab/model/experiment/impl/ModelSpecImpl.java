/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.InputNormalisation;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.TensorLayout;

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
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOnnxFile <em>Onnx File</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOnnxInput <em>Onnx Input</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOnnxLayout <em>Onnx Layout</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOnnxOutput <em>Onnx Output</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOnnxFeatures <em>Onnx Features</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.ModelSpecImpl#getOutputLabels <em>Output Labels</em>}</li>
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
	 * The default value of the '{@link #getOnnxFile() <em>Onnx File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxFile()
	 * @generated
	 * @ordered
	 */
	protected static final String ONNX_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnnxFile() <em>Onnx File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxFile()
	 * @generated
	 * @ordered
	 */
	protected String onnxFile = ONNX_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnnxInput() <em>Onnx Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxInput()
	 * @generated
	 * @ordered
	 */
	protected static final String ONNX_INPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnnxInput() <em>Onnx Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxInput()
	 * @generated
	 * @ordered
	 */
	protected String onnxInput = ONNX_INPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnnxLayout() <em>Onnx Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxLayout()
	 * @generated
	 * @ordered
	 */
	protected static final TensorLayout ONNX_LAYOUT_EDEFAULT = TensorLayout.NCHW;

	/**
	 * The cached value of the '{@link #getOnnxLayout() <em>Onnx Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxLayout()
	 * @generated
	 * @ordered
	 */
	protected TensorLayout onnxLayout = ONNX_LAYOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnnxOutput() <em>Onnx Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxOutput()
	 * @generated
	 * @ordered
	 */
	protected static final String ONNX_OUTPUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnnxOutput() <em>Onnx Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxOutput()
	 * @generated
	 * @ordered
	 */
	protected String onnxOutput = ONNX_OUTPUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnnxFeatures() <em>Onnx Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final String ONNX_FEATURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnnxFeatures() <em>Onnx Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnnxFeatures()
	 * @generated
	 * @ordered
	 */
	protected String onnxFeatures = ONNX_FEATURES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOutputLabels() <em>Output Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> outputLabels;

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
	public String getOnnxFile() {
		return onnxFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnnxFile(String newOnnxFile) {
		String oldOnnxFile = onnxFile;
		onnxFile = newOnnxFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ONNX_FILE, oldOnnxFile, onnxFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnnxInput() {
		return onnxInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnnxInput(String newOnnxInput) {
		String oldOnnxInput = onnxInput;
		onnxInput = newOnnxInput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ONNX_INPUT, oldOnnxInput, onnxInput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TensorLayout getOnnxLayout() {
		return onnxLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnnxLayout(TensorLayout newOnnxLayout) {
		TensorLayout oldOnnxLayout = onnxLayout;
		onnxLayout = newOnnxLayout == null ? ONNX_LAYOUT_EDEFAULT : newOnnxLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ONNX_LAYOUT, oldOnnxLayout, onnxLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnnxOutput() {
		return onnxOutput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnnxOutput(String newOnnxOutput) {
		String oldOnnxOutput = onnxOutput;
		onnxOutput = newOnnxOutput;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ONNX_OUTPUT, oldOnnxOutput, onnxOutput));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnnxFeatures() {
		return onnxFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnnxFeatures(String newOnnxFeatures) {
		String oldOnnxFeatures = onnxFeatures;
		onnxFeatures = newOnnxFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.MODEL_SPEC__ONNX_FEATURES, oldOnnxFeatures, onnxFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOutputLabels() {
		if (outputLabels == null) {
			outputLabels = new EDataTypeEList<String>(String.class, this, ExperimentPackage.MODEL_SPEC__OUTPUT_LABELS);
		}
		return outputLabels;
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
			case ExperimentPackage.MODEL_SPEC__ONNX_FILE:
				return getOnnxFile();
			case ExperimentPackage.MODEL_SPEC__ONNX_INPUT:
				return getOnnxInput();
			case ExperimentPackage.MODEL_SPEC__ONNX_LAYOUT:
				return getOnnxLayout();
			case ExperimentPackage.MODEL_SPEC__ONNX_OUTPUT:
				return getOnnxOutput();
			case ExperimentPackage.MODEL_SPEC__ONNX_FEATURES:
				return getOnnxFeatures();
			case ExperimentPackage.MODEL_SPEC__OUTPUT_LABELS:
				return getOutputLabels();
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
			case ExperimentPackage.MODEL_SPEC__ONNX_FILE:
				setOnnxFile((String)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_INPUT:
				setOnnxInput((String)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_LAYOUT:
				setOnnxLayout((TensorLayout)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_OUTPUT:
				setOnnxOutput((String)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_FEATURES:
				setOnnxFeatures((String)newValue);
				return;
			case ExperimentPackage.MODEL_SPEC__OUTPUT_LABELS:
				getOutputLabels().clear();
				getOutputLabels().addAll((Collection<? extends String>)newValue);
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
			case ExperimentPackage.MODEL_SPEC__ONNX_FILE:
				setOnnxFile(ONNX_FILE_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_INPUT:
				setOnnxInput(ONNX_INPUT_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_LAYOUT:
				setOnnxLayout(ONNX_LAYOUT_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_OUTPUT:
				setOnnxOutput(ONNX_OUTPUT_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__ONNX_FEATURES:
				setOnnxFeatures(ONNX_FEATURES_EDEFAULT);
				return;
			case ExperimentPackage.MODEL_SPEC__OUTPUT_LABELS:
				getOutputLabels().clear();
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
			case ExperimentPackage.MODEL_SPEC__ONNX_FILE:
				return ONNX_FILE_EDEFAULT == null ? onnxFile != null : !ONNX_FILE_EDEFAULT.equals(onnxFile);
			case ExperimentPackage.MODEL_SPEC__ONNX_INPUT:
				return ONNX_INPUT_EDEFAULT == null ? onnxInput != null : !ONNX_INPUT_EDEFAULT.equals(onnxInput);
			case ExperimentPackage.MODEL_SPEC__ONNX_LAYOUT:
				return onnxLayout != ONNX_LAYOUT_EDEFAULT;
			case ExperimentPackage.MODEL_SPEC__ONNX_OUTPUT:
				return ONNX_OUTPUT_EDEFAULT == null ? onnxOutput != null : !ONNX_OUTPUT_EDEFAULT.equals(onnxOutput);
			case ExperimentPackage.MODEL_SPEC__ONNX_FEATURES:
				return ONNX_FEATURES_EDEFAULT == null ? onnxFeatures != null : !ONNX_FEATURES_EDEFAULT.equals(onnxFeatures);
			case ExperimentPackage.MODEL_SPEC__OUTPUT_LABELS:
				return outputLabels != null && !outputLabels.isEmpty();
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
		result.append(", onnxFile: ");
		result.append(onnxFile);
		result.append(", onnxInput: ");
		result.append(onnxInput);
		result.append(", onnxLayout: ");
		result.append(onnxLayout);
		result.append(", onnxOutput: ");
		result.append(onnxOutput);
		result.append(", onnxFeatures: ");
		result.append(onnxFeatures);
		result.append(", outputLabels: ");
		result.append(outputLabels);
		result.append(')');
		return result.toString();
	}

} //ModelSpecImpl
