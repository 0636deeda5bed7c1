/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExperimentFactoryImpl extends EFactoryImpl implements ExperimentFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ExperimentFactory init() {
		try {
			ExperimentFactory theExperimentFactory = (ExperimentFactory)EPackage.Registry.INSTANCE.getEFactory(ExperimentPackage.eNS_URI);
			if (theExperimentFactory != null) {
				return theExperimentFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ExperimentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ExperimentPackage.EXPERIMENT: return createExperiment();
			case ExperimentPackage.DATASET_REFERENCE: return createDatasetReference();
			case ExperimentPackage.CONFOUNDER_ATTRIBUTE: return createConfounderAttribute();
			case ExperimentPackage.REGION: return createRegion();
			case ExperimentPackage.SPLIT_SPEC: return createSplitSpec();
			case ExperimentPackage.MODEL_SPEC: return createModelSpec();
			case ExperimentPackage.TRAINING_SPEC: return createTrainingSpec();
			case ExperimentPackage.GROUP_DRO_SPEC: return createGroupDroSpec();
			case ExperimentPackage.SLURM_SPEC: return createSlurmSpec();
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC: return createJustTrainTwiceSpec();
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC: return createLastLayerRetrainingSpec();
			case ExperimentPackage.DISTILLATION_SPEC: return createDistillationSpec();
			case ExperimentPackage.DISTILLED_LAYER: return createDistilledLayer();
			case ExperimentPackage.AUGMENTATION: return createAugmentation();
			case ExperimentPackage.INTERVENTION: return createIntervention();
			case ExperimentPackage.DIAGNOSTICS_SPEC: return createDiagnosticsSpec();
			case ExperimentPackage.BACKEND_SPEC: return createBackendSpec();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ExperimentPackage.DATASET_FORMAT:
				return createDatasetFormatFromString(eDataType, initialValue);
			case ExperimentPackage.INPUT_NORMALISATION:
				return createInputNormalisationFromString(eDataType, initialValue);
			case ExperimentPackage.DICOM_INTENSITY:
				return createDicomIntensityFromString(eDataType, initialValue);
			case ExperimentPackage.BAD_IMAGE_POLICY:
				return createBadImagePolicyFromString(eDataType, initialValue);
			case ExperimentPackage.UNCERTAIN_LABEL_POLICY:
				return createUncertainLabelPolicyFromString(eDataType, initialValue);
			case ExperimentPackage.ATTRIBUTE_KIND:
				return createAttributeKindFromString(eDataType, initialValue);
			case ExperimentPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case ExperimentPackage.TENSOR_LAYOUT:
				return createTensorLayoutFromString(eDataType, initialValue);
			case ExperimentPackage.OUTPUT_ACTIVATION:
				return createOutputActivationFromString(eDataType, initialValue);
			case ExperimentPackage.OPTIMIZER:
				return createOptimizerFromString(eDataType, initialValue);
			case ExperimentPackage.MASK_PLACEMENT:
				return createMaskPlacementFromString(eDataType, initialValue);
			case ExperimentPackage.TEACHER_DATA:
				return createTeacherDataFromString(eDataType, initialValue);
			case ExperimentPackage.REBALANCING:
				return createRebalancingFromString(eDataType, initialValue);
			case ExperimentPackage.INTERVENTION_KIND:
				return createInterventionKindFromString(eDataType, initialValue);
			case ExperimentPackage.FILL_MODE:
				return createFillModeFromString(eDataType, initialValue);
			case ExperimentPackage.BACKEND_KIND:
				return createBackendKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ExperimentPackage.DATASET_FORMAT:
				return convertDatasetFormatToString(eDataType, instanceValue);
			case ExperimentPackage.INPUT_NORMALISATION:
				return convertInputNormalisationToString(eDataType, instanceValue);
			case ExperimentPackage.DICOM_INTENSITY:
				return convertDicomIntensityToString(eDataType, instanceValue);
			case ExperimentPackage.BAD_IMAGE_POLICY:
				return convertBadImagePolicyToString(eDataType, instanceValue);
			case ExperimentPackage.UNCERTAIN_LABEL_POLICY:
				return convertUncertainLabelPolicyToString(eDataType, instanceValue);
			case ExperimentPackage.ATTRIBUTE_KIND:
				return convertAttributeKindToString(eDataType, instanceValue);
			case ExperimentPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case ExperimentPackage.TENSOR_LAYOUT:
				return convertTensorLayoutToString(eDataType, instanceValue);
			case ExperimentPackage.OUTPUT_ACTIVATION:
				return convertOutputActivationToString(eDataType, instanceValue);
			case ExperimentPackage.OPTIMIZER:
				return convertOptimizerToString(eDataType, instanceValue);
			case ExperimentPackage.MASK_PLACEMENT:
				return convertMaskPlacementToString(eDataType, instanceValue);
			case ExperimentPackage.TEACHER_DATA:
				return convertTeacherDataToString(eDataType, instanceValue);
			case ExperimentPackage.REBALANCING:
				return convertRebalancingToString(eDataType, instanceValue);
			case ExperimentPackage.INTERVENTION_KIND:
				return convertInterventionKindToString(eDataType, instanceValue);
			case ExperimentPackage.FILL_MODE:
				return convertFillModeToString(eDataType, instanceValue);
			case ExperimentPackage.BACKEND_KIND:
				return convertBackendKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetReference createDatasetReference() {
		DatasetReferenceImpl datasetReference = new DatasetReferenceImpl();
		return datasetReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfounderAttribute createConfounderAttribute() {
		ConfounderAttributeImpl confounderAttribute = new ConfounderAttributeImpl();
		return confounderAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region createRegion() {
		RegionImpl region = new RegionImpl();
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitSpec createSplitSpec() {
		SplitSpecImpl splitSpec = new SplitSpecImpl();
		return splitSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSpec createModelSpec() {
		ModelSpecImpl modelSpec = new ModelSpecImpl();
		return modelSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec createTrainingSpec() {
		TrainingSpecImpl trainingSpec = new TrainingSpecImpl();
		return trainingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupDroSpec createGroupDroSpec() {
		GroupDroSpecImpl groupDroSpec = new GroupDroSpecImpl();
		return groupDroSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SlurmSpec createSlurmSpec() {
		SlurmSpecImpl slurmSpec = new SlurmSpecImpl();
		return slurmSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JustTrainTwiceSpec createJustTrainTwiceSpec() {
		JustTrainTwiceSpecImpl justTrainTwiceSpec = new JustTrainTwiceSpecImpl();
		return justTrainTwiceSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LastLayerRetrainingSpec createLastLayerRetrainingSpec() {
		LastLayerRetrainingSpecImpl lastLayerRetrainingSpec = new LastLayerRetrainingSpecImpl();
		return lastLayerRetrainingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistillationSpec createDistillationSpec() {
		DistillationSpecImpl distillationSpec = new DistillationSpecImpl();
		return distillationSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistilledLayer createDistilledLayer() {
		DistilledLayerImpl distilledLayer = new DistilledLayerImpl();
		return distilledLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Augmentation createAugmentation() {
		AugmentationImpl augmentation = new AugmentationImpl();
		return augmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Intervention createIntervention() {
		InterventionImpl intervention = new InterventionImpl();
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosticsSpec createDiagnosticsSpec() {
		DiagnosticsSpecImpl diagnosticsSpec = new DiagnosticsSpecImpl();
		return diagnosticsSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendSpec createBackendSpec() {
		BackendSpecImpl backendSpec = new BackendSpecImpl();
		return backendSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DatasetFormat createDatasetFormatFromString(EDataType eDataType, String initialValue) {
		DatasetFormat result = DatasetFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDatasetFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputNormalisation createInputNormalisationFromString(EDataType eDataType, String initialValue) {
		InputNormalisation result = InputNormalisation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputNormalisationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DicomIntensity createDicomIntensityFromString(EDataType eDataType, String initialValue) {
		DicomIntensity result = DicomIntensity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDicomIntensityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BadImagePolicy createBadImagePolicyFromString(EDataType eDataType, String initialValue) {
		BadImagePolicy result = BadImagePolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBadImagePolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UncertainLabelPolicy createUncertainLabelPolicyFromString(EDataType eDataType, String initialValue) {
		UncertainLabelPolicy result = UncertainLabelPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUncertainLabelPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttributeKind createAttributeKindFromString(EDataType eDataType, String initialValue) {
		AttributeKind result = AttributeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttributeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TensorLayout createTensorLayoutFromString(EDataType eDataType, String initialValue) {
		TensorLayout result = TensorLayout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTensorLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutputActivation createOutputActivationFromString(EDataType eDataType, String initialValue) {
		OutputActivation result = OutputActivation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutputActivationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Optimizer createOptimizerFromString(EDataType eDataType, String initialValue) {
		Optimizer result = Optimizer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptimizerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaskPlacement createMaskPlacementFromString(EDataType eDataType, String initialValue) {
		MaskPlacement result = MaskPlacement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaskPlacementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeacherData createTeacherDataFromString(EDataType eDataType, String initialValue) {
		TeacherData result = TeacherData.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTeacherDataToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Rebalancing createRebalancingFromString(EDataType eDataType, String initialValue) {
		Rebalancing result = Rebalancing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRebalancingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterventionKind createInterventionKindFromString(EDataType eDataType, String initialValue) {
		InterventionKind result = InterventionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterventionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FillMode createFillModeFromString(EDataType eDataType, String initialValue) {
		FillMode result = FillMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFillModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BackendKind createBackendKindFromString(EDataType eDataType, String initialValue) {
		BackendKind result = BackendKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBackendKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentPackage getExperimentPackage() {
		return (ExperimentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ExperimentPackage getPackage() {
		return ExperimentPackage.eINSTANCE;
	}

} //ExperimentFactoryImpl
