/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.Augmentation;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.BadImagePolicy;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.DistilledLayer;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.FillMode;
import org.confounderlab.model.experiment.GroupDroSpec;
import org.confounderlab.model.experiment.InputNormalisation;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.JustTrainTwiceSpec;
import org.confounderlab.model.experiment.LastLayerRetrainingSpec;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Optimizer;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SlurmSpec;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TeacherData;
import org.confounderlab.model.experiment.TensorLayout;
import org.confounderlab.model.experiment.TrainingSpec;
import org.confounderlab.model.experiment.UncertainLabelPolicy;

import org.confounderlab.model.run.RunPackage;

import org.confounderlab.model.run.impl.RunPackageImpl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ExperimentPackageImpl extends EPackageImpl implements ExperimentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass confounderAttributeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass splitSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupDroSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass slurmSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass justTrainTwiceSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lastLayerRetrainingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distillationSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distilledLayerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass augmentationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interventionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagnosticsSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum datasetFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputNormalisationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dicomIntensityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum badImagePolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum uncertainLabelPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attributeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum architectureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tensorLayoutEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outputActivationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum maskPlacementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum teacherDataEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rebalancingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interventionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fillModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum backendKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.confounderlab.model.experiment.ExperimentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ExperimentPackageImpl() {
		super(eNS_URI, ExperimentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ExperimentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ExperimentPackage init() {
		if (isInited) return (ExperimentPackage)EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredExperimentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ExperimentPackageImpl theExperimentPackage = registeredExperimentPackage instanceof ExperimentPackageImpl ? (ExperimentPackageImpl)registeredExperimentPackage : new ExperimentPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RunPackage.eNS_URI);
		RunPackageImpl theRunPackage = (RunPackageImpl)(registeredPackage instanceof RunPackageImpl ? registeredPackage : RunPackage.eINSTANCE);

		// Create package meta-data objects
		theExperimentPackage.createPackageContents();
		theRunPackage.createPackageContents();

		// Initialize created meta-data
		theExperimentPackage.initializePackageContents();
		theRunPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theExperimentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ExperimentPackage.eNS_URI, theExperimentPackage);
		return theExperimentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Description() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Dataset() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Attributes() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Regions() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Split() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Model() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Training() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Interventions() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Diagnostics() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Backend() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Slurm() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetReference() {
		return datasetReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_Format() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_Location() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_LabelNames() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_UncertainLabelPolicy() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_BadImagePolicy() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetReference_DicomIntensity() {
		return (EAttribute)datasetReferenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfounderAttribute() {
		return confounderAttributeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfounderAttribute_Name() {
		return (EAttribute)confounderAttributeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfounderAttribute_Column() {
		return (EAttribute)confounderAttributeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfounderAttribute_Kind() {
		return (EAttribute)confounderAttributeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfounderAttribute_Protected() {
		return (EAttribute)confounderAttributeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion() {
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Name() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Description() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_X() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Y() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Width() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Height() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegion_Column() {
		return (EAttribute)regionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSplitSpec() {
		return splitSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_TrainFraction() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_ValidationFraction() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_TestFraction() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_Seed() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_GroupByPatient() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_StratifyByLabel() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_UseOfficialSplit() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_NearDuplicateDistance() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_NearDuplicateCosine() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelSpec() {
		return modelSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_Architecture() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_InputSize() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_Channels() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_WeightsFile() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OutputActivation() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_Normalisation() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_NormalisationMean() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_NormalisationStd() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OnnxFile() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OnnxInput() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OnnxLayout() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OnnxOutput() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OnnxFeatures() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelSpec_OutputLabels() {
		return (EAttribute)modelSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSpec() {
		return trainingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Epochs() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_BatchSize() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Optimizer() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_LearningRate() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_WeightDecay() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Seed() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_FreezeEpochs() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_EarlyStoppingPatience() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_Augmentation() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_TrainTimeMasking() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_TrainTimeMaskPlacement() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Rebalancing() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_RebalanceAttribute() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_GroupDro() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_JustTrainTwice() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_LastLayerRetraining() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_Distillation() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupDroSpec() {
		return groupDroSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroSpec_Groups() {
		return (EAttribute)groupDroSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroSpec_StepSize() {
		return (EAttribute)groupDroSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSlurmSpec() {
		return slurmSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_Partition() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_GpusPerJob() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_CpusPerJob() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_Memory() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_TimeLimit() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_Account() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_Qos() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSlurmSpec_ExtraArguments() {
		return (EAttribute)slurmSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJustTrainTwiceSpec() {
		return justTrainTwiceSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceSpec_IdentificationEpochs() {
		return (EAttribute)justTrainTwiceSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceSpec_Upweight() {
		return (EAttribute)justTrainTwiceSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLastLayerRetrainingSpec() {
		return lastLayerRetrainingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingSpec_Groups() {
		return (EAttribute)lastLayerRetrainingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingSpec_Subsets() {
		return (EAttribute)lastLayerRetrainingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingSpec_Regularisation() {
		return (EAttribute)lastLayerRetrainingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistillationSpec() {
		return distillationSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_TeacherData() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_TeacherFraction() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_TeacherEpochs() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistillationSpec_Attribute() {
		return (EReference)distillationSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_CleanValue() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistillationSpec_Layers() {
		return (EReference)distillationSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_LayerWeight() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationSpec_FinalLayerWeight() {
		return (EAttribute)distillationSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistilledLayer() {
		return distilledLayerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistilledLayer_Layer() {
		return (EAttribute)distilledLayerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistilledLayer_Weight() {
		return (EAttribute)distilledLayerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAugmentation() {
		return augmentationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentation_HorizontalFlip() {
		return (EAttribute)augmentationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentation_RotationDegrees() {
		return (EAttribute)augmentationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentation_TranslationFraction() {
		return (EAttribute)augmentationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAugmentation_IntensityJitter() {
		return (EAttribute)augmentationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntervention() {
		return interventionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Name() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Kind() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntervention_Regions() {
		return (EReference)interventionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Fill() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntervention_Labels() {
		return (EAttribute)interventionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagnosticsSpec() {
		return diagnosticsSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_StudySeeds() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_StudyConfounder() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_GradCam() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_GradCamLayer() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_Occlusion() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_AttributeProbes() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagnosticsSpec_SubgroupAttributes() {
		return (EReference)diagnosticsSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_BootstrapResamples() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_Alpha() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_WorstCases() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_AttributeImageModels() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_MaskedRetrain() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_Labels() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_RelianceDeltaAuc() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_AttentionRatio() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_ProbeAuc() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_SubgroupAucGap() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagnosticsSpec_OcclusionImages() {
		return (EAttribute)diagnosticsSpecEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendSpec() {
		return backendSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendSpec_Kind() {
		return (EAttribute)backendSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendSpec_DeviceIndex() {
		return (EAttribute)backendSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatasetFormat() {
		return datasetFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputNormalisation() {
		return inputNormalisationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDicomIntensity() {
		return dicomIntensityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBadImagePolicy() {
		return badImagePolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUncertainLabelPolicy() {
		return uncertainLabelPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttributeKind() {
		return attributeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArchitecture() {
		return architectureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTensorLayout() {
		return tensorLayoutEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutputActivation() {
		return outputActivationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizer() {
		return optimizerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMaskPlacement() {
		return maskPlacementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTeacherData() {
		return teacherDataEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRebalancing() {
		return rebalancingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterventionKind() {
		return interventionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFillMode() {
		return fillModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBackendKind() {
		return backendKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExperimentFactory getExperimentFactory() {
		return (ExperimentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__DESCRIPTION);
		createEReference(experimentEClass, EXPERIMENT__DATASET);
		createEReference(experimentEClass, EXPERIMENT__ATTRIBUTES);
		createEReference(experimentEClass, EXPERIMENT__REGIONS);
		createEReference(experimentEClass, EXPERIMENT__SPLIT);
		createEReference(experimentEClass, EXPERIMENT__MODEL);
		createEReference(experimentEClass, EXPERIMENT__TRAINING);
		createEReference(experimentEClass, EXPERIMENT__INTERVENTIONS);
		createEReference(experimentEClass, EXPERIMENT__DIAGNOSTICS);
		createEReference(experimentEClass, EXPERIMENT__BACKEND);
		createEReference(experimentEClass, EXPERIMENT__SLURM);

		datasetReferenceEClass = createEClass(DATASET_REFERENCE);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__FORMAT);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__LOCATION);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__LABEL_NAMES);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__BAD_IMAGE_POLICY);
		createEAttribute(datasetReferenceEClass, DATASET_REFERENCE__DICOM_INTENSITY);

		confounderAttributeEClass = createEClass(CONFOUNDER_ATTRIBUTE);
		createEAttribute(confounderAttributeEClass, CONFOUNDER_ATTRIBUTE__NAME);
		createEAttribute(confounderAttributeEClass, CONFOUNDER_ATTRIBUTE__COLUMN);
		createEAttribute(confounderAttributeEClass, CONFOUNDER_ATTRIBUTE__KIND);
		createEAttribute(confounderAttributeEClass, CONFOUNDER_ATTRIBUTE__PROTECTED);

		regionEClass = createEClass(REGION);
		createEAttribute(regionEClass, REGION__NAME);
		createEAttribute(regionEClass, REGION__DESCRIPTION);
		createEAttribute(regionEClass, REGION__X);
		createEAttribute(regionEClass, REGION__Y);
		createEAttribute(regionEClass, REGION__WIDTH);
		createEAttribute(regionEClass, REGION__HEIGHT);
		createEAttribute(regionEClass, REGION__COLUMN);

		splitSpecEClass = createEClass(SPLIT_SPEC);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__TRAIN_FRACTION);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__VALIDATION_FRACTION);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__TEST_FRACTION);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__SEED);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__GROUP_BY_PATIENT);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__STRATIFY_BY_LABEL);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__USE_OFFICIAL_SPLIT);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__NEAR_DUPLICATE_COSINE);

		modelSpecEClass = createEClass(MODEL_SPEC);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ARCHITECTURE);
		createEAttribute(modelSpecEClass, MODEL_SPEC__INPUT_SIZE);
		createEAttribute(modelSpecEClass, MODEL_SPEC__CHANNELS);
		createEAttribute(modelSpecEClass, MODEL_SPEC__WEIGHTS_FILE);
		createEAttribute(modelSpecEClass, MODEL_SPEC__OUTPUT_ACTIVATION);
		createEAttribute(modelSpecEClass, MODEL_SPEC__NORMALISATION);
		createEAttribute(modelSpecEClass, MODEL_SPEC__NORMALISATION_MEAN);
		createEAttribute(modelSpecEClass, MODEL_SPEC__NORMALISATION_STD);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ONNX_FILE);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ONNX_INPUT);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ONNX_LAYOUT);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ONNX_OUTPUT);
		createEAttribute(modelSpecEClass, MODEL_SPEC__ONNX_FEATURES);
		createEAttribute(modelSpecEClass, MODEL_SPEC__OUTPUT_LABELS);

		trainingSpecEClass = createEClass(TRAINING_SPEC);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EPOCHS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__BATCH_SIZE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__OPTIMIZER);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__LEARNING_RATE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__WEIGHT_DECAY);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__SEED);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__FREEZE_EPOCHS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EARLY_STOPPING_PATIENCE);
		createEReference(trainingSpecEClass, TRAINING_SPEC__AUGMENTATION);
		createEReference(trainingSpecEClass, TRAINING_SPEC__TRAIN_TIME_MASKING);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__REBALANCING);
		createEReference(trainingSpecEClass, TRAINING_SPEC__REBALANCE_ATTRIBUTE);
		createEReference(trainingSpecEClass, TRAINING_SPEC__GROUP_DRO);
		createEReference(trainingSpecEClass, TRAINING_SPEC__JUST_TRAIN_TWICE);
		createEReference(trainingSpecEClass, TRAINING_SPEC__LAST_LAYER_RETRAINING);
		createEReference(trainingSpecEClass, TRAINING_SPEC__DISTILLATION);

		groupDroSpecEClass = createEClass(GROUP_DRO_SPEC);
		createEAttribute(groupDroSpecEClass, GROUP_DRO_SPEC__GROUPS);
		createEAttribute(groupDroSpecEClass, GROUP_DRO_SPEC__STEP_SIZE);

		slurmSpecEClass = createEClass(SLURM_SPEC);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__PARTITION);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__GPUS_PER_JOB);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__CPUS_PER_JOB);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__MEMORY);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__TIME_LIMIT);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__ACCOUNT);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__QOS);
		createEAttribute(slurmSpecEClass, SLURM_SPEC__EXTRA_ARGUMENTS);

		justTrainTwiceSpecEClass = createEClass(JUST_TRAIN_TWICE_SPEC);
		createEAttribute(justTrainTwiceSpecEClass, JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS);
		createEAttribute(justTrainTwiceSpecEClass, JUST_TRAIN_TWICE_SPEC__UPWEIGHT);

		lastLayerRetrainingSpecEClass = createEClass(LAST_LAYER_RETRAINING_SPEC);
		createEAttribute(lastLayerRetrainingSpecEClass, LAST_LAYER_RETRAINING_SPEC__GROUPS);
		createEAttribute(lastLayerRetrainingSpecEClass, LAST_LAYER_RETRAINING_SPEC__SUBSETS);
		createEAttribute(lastLayerRetrainingSpecEClass, LAST_LAYER_RETRAINING_SPEC__REGULARISATION);

		distillationSpecEClass = createEClass(DISTILLATION_SPEC);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__TEACHER_DATA);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__TEACHER_FRACTION);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__TEACHER_EPOCHS);
		createEReference(distillationSpecEClass, DISTILLATION_SPEC__ATTRIBUTE);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__CLEAN_VALUE);
		createEReference(distillationSpecEClass, DISTILLATION_SPEC__LAYERS);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__LAYER_WEIGHT);
		createEAttribute(distillationSpecEClass, DISTILLATION_SPEC__FINAL_LAYER_WEIGHT);

		distilledLayerEClass = createEClass(DISTILLED_LAYER);
		createEAttribute(distilledLayerEClass, DISTILLED_LAYER__LAYER);
		createEAttribute(distilledLayerEClass, DISTILLED_LAYER__WEIGHT);

		augmentationEClass = createEClass(AUGMENTATION);
		createEAttribute(augmentationEClass, AUGMENTATION__HORIZONTAL_FLIP);
		createEAttribute(augmentationEClass, AUGMENTATION__ROTATION_DEGREES);
		createEAttribute(augmentationEClass, AUGMENTATION__TRANSLATION_FRACTION);
		createEAttribute(augmentationEClass, AUGMENTATION__INTENSITY_JITTER);

		interventionEClass = createEClass(INTERVENTION);
		createEAttribute(interventionEClass, INTERVENTION__NAME);
		createEAttribute(interventionEClass, INTERVENTION__KIND);
		createEReference(interventionEClass, INTERVENTION__REGIONS);
		createEAttribute(interventionEClass, INTERVENTION__FILL);
		createEAttribute(interventionEClass, INTERVENTION__LABELS);

		diagnosticsSpecEClass = createEClass(DIAGNOSTICS_SPEC);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__STUDY_SEEDS);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__STUDY_CONFOUNDER);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__GRAD_CAM);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__GRAD_CAM_LAYER);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__OCCLUSION);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES);
		createEReference(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__ALPHA);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__WORST_CASES);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__MASKED_RETRAIN);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__LABELS);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__ATTENTION_RATIO);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__PROBE_AUC);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP);
		createEAttribute(diagnosticsSpecEClass, DIAGNOSTICS_SPEC__OCCLUSION_IMAGES);

		backendSpecEClass = createEClass(BACKEND_SPEC);
		createEAttribute(backendSpecEClass, BACKEND_SPEC__KIND);
		createEAttribute(backendSpecEClass, BACKEND_SPEC__DEVICE_INDEX);

		// Create enums
		datasetFormatEEnum = createEEnum(DATASET_FORMAT);
		inputNormalisationEEnum = createEEnum(INPUT_NORMALISATION);
		dicomIntensityEEnum = createEEnum(DICOM_INTENSITY);
		badImagePolicyEEnum = createEEnum(BAD_IMAGE_POLICY);
		uncertainLabelPolicyEEnum = createEEnum(UNCERTAIN_LABEL_POLICY);
		attributeKindEEnum = createEEnum(ATTRIBUTE_KIND);
		architectureEEnum = createEEnum(ARCHITECTURE);
		tensorLayoutEEnum = createEEnum(TENSOR_LAYOUT);
		outputActivationEEnum = createEEnum(OUTPUT_ACTIVATION);
		optimizerEEnum = createEEnum(OPTIMIZER);
		maskPlacementEEnum = createEEnum(MASK_PLACEMENT);
		teacherDataEEnum = createEEnum(TEACHER_DATA);
		rebalancingEEnum = createEEnum(REBALANCING);
		interventionKindEEnum = createEEnum(INTERVENTION_KIND);
		fillModeEEnum = createEEnum(FILL_MODE);
		backendKindEEnum = createEEnum(BACKEND_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Description(), ecorePackage.getEString(), "description", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Dataset(), this.getDatasetReference(), null, "dataset", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Attributes(), this.getConfounderAttribute(), null, "attributes", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Regions(), this.getRegion(), null, "regions", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Split(), this.getSplitSpec(), null, "split", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Model(), this.getModelSpec(), null, "model", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Interventions(), this.getIntervention(), null, "interventions", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Diagnostics(), this.getDiagnosticsSpec(), null, "diagnostics", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Backend(), this.getBackendSpec(), null, "backend", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Slurm(), this.getSlurmSpec(), null, "slurm", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetReferenceEClass, DatasetReference.class, "DatasetReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetReference_Format(), this.getDatasetFormat(), "format", "GENERIC_CSV", 0, 1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetReference_Location(), ecorePackage.getEString(), "location", null, 0, 1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetReference_LabelNames(), ecorePackage.getEString(), "labelNames", null, 0, -1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetReference_UncertainLabelPolicy(), this.getUncertainLabelPolicy(), "uncertainLabelPolicy", "IGNORE", 0, 1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetReference_BadImagePolicy(), this.getBadImagePolicy(), "badImagePolicy", "SKIP", 0, 1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetReference_DicomIntensity(), this.getDicomIntensity(), "dicomIntensity", "STORED_RANGE", 0, 1, DatasetReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(confounderAttributeEClass, ConfounderAttribute.class, "ConfounderAttribute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfounderAttribute_Name(), ecorePackage.getEString(), "name", null, 0, 1, ConfounderAttribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfounderAttribute_Column(), ecorePackage.getEString(), "column", null, 0, 1, ConfounderAttribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfounderAttribute_Kind(), this.getAttributeKind(), "kind", "CATEGORICAL", 0, 1, ConfounderAttribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfounderAttribute_Protected(), ecorePackage.getEBoolean(), "protected", "false", 0, 1, ConfounderAttribute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegion_Name(), ecorePackage.getEString(), "name", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Description(), ecorePackage.getEString(), "description", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_X(), ecorePackage.getEDouble(), "x", "0.0", 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Y(), ecorePackage.getEDouble(), "y", "0.0", 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Width(), ecorePackage.getEDouble(), "width", "0.0", 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Height(), ecorePackage.getEDouble(), "height", "0.0", 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegion_Column(), ecorePackage.getEString(), "column", null, 0, 1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(splitSpecEClass, SplitSpec.class, "SplitSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSplitSpec_TrainFraction(), ecorePackage.getEDouble(), "trainFraction", "0.7", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_ValidationFraction(), ecorePackage.getEDouble(), "validationFraction", "0.15", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_TestFraction(), ecorePackage.getEDouble(), "testFraction", "0.15", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_GroupByPatient(), ecorePackage.getEBoolean(), "groupByPatient", "true", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_StratifyByLabel(), ecorePackage.getEBoolean(), "stratifyByLabel", "true", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_UseOfficialSplit(), ecorePackage.getEBoolean(), "useOfficialSplit", "false", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_NearDuplicateDistance(), ecorePackage.getEInt(), "nearDuplicateDistance", "4", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_NearDuplicateCosine(), ecorePackage.getEDouble(), "nearDuplicateCosine", "0.97", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelSpecEClass, ModelSpec.class, "ModelSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelSpec_Architecture(), this.getArchitecture(), "architecture", "RESNET18", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_InputSize(), ecorePackage.getEInt(), "inputSize", "224", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_Channels(), ecorePackage.getEInt(), "channels", "1", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_WeightsFile(), ecorePackage.getEString(), "weightsFile", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OutputActivation(), this.getOutputActivation(), "outputActivation", "SIGMOID", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_Normalisation(), this.getInputNormalisation(), "normalisation", "NONE", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_NormalisationMean(), ecorePackage.getEDouble(), "normalisationMean", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_NormalisationStd(), ecorePackage.getEDouble(), "normalisationStd", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OnnxFile(), ecorePackage.getEString(), "onnxFile", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OnnxInput(), ecorePackage.getEString(), "onnxInput", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OnnxLayout(), this.getTensorLayout(), "onnxLayout", "NCHW", 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OnnxOutput(), ecorePackage.getEString(), "onnxOutput", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OnnxFeatures(), ecorePackage.getEString(), "onnxFeatures", null, 0, 1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelSpec_OutputLabels(), ecorePackage.getEString(), "outputLabels", null, 0, -1, ModelSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSpecEClass, TrainingSpec.class, "TrainingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingSpec_Epochs(), ecorePackage.getEInt(), "epochs", "20", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_BatchSize(), ecorePackage.getEInt(), "batchSize", "32", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Optimizer(), this.getOptimizer(), "optimizer", "ADAM", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.001", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Seed(), ecorePackage.getELong(), "seed", "42", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_FreezeEpochs(), ecorePackage.getEInt(), "freezeEpochs", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_EarlyStoppingPatience(), ecorePackage.getEInt(), "earlyStoppingPatience", "0", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_Augmentation(), this.getAugmentation(), null, "augmentation", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_TrainTimeMasking(), this.getRegion(), null, "trainTimeMasking", null, 0, -1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_TrainTimeMaskPlacement(), this.getMaskPlacement(), "trainTimeMaskPlacement", "REGIONS", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Rebalancing(), this.getRebalancing(), "rebalancing", "NONE", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_RebalanceAttribute(), this.getConfounderAttribute(), null, "rebalanceAttribute", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_GroupDro(), this.getGroupDroSpec(), null, "groupDro", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_JustTrainTwice(), this.getJustTrainTwiceSpec(), null, "justTrainTwice", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_LastLayerRetraining(), this.getLastLayerRetrainingSpec(), null, "lastLayerRetraining", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_Distillation(), this.getDistillationSpec(), null, "distillation", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupDroSpecEClass, GroupDroSpec.class, "GroupDroSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupDroSpec_Groups(), ecorePackage.getEString(), "groups", null, 0, 1, GroupDroSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupDroSpec_StepSize(), ecorePackage.getEDouble(), "stepSize", "0.01", 0, 1, GroupDroSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(slurmSpecEClass, SlurmSpec.class, "SlurmSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSlurmSpec_Partition(), ecorePackage.getEString(), "partition", null, 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_GpusPerJob(), ecorePackage.getEInt(), "gpusPerJob", "0", 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_CpusPerJob(), ecorePackage.getEInt(), "cpusPerJob", "4", 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_Memory(), ecorePackage.getEString(), "memory", null, 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_TimeLimit(), ecorePackage.getEString(), "timeLimit", null, 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_Account(), ecorePackage.getEString(), "account", null, 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_Qos(), ecorePackage.getEString(), "qos", null, 0, 1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSlurmSpec_ExtraArguments(), ecorePackage.getEString(), "extraArguments", null, 0, -1, SlurmSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(justTrainTwiceSpecEClass, JustTrainTwiceSpec.class, "JustTrainTwiceSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJustTrainTwiceSpec_IdentificationEpochs(), ecorePackage.getEInt(), "identificationEpochs", "1", 0, 1, JustTrainTwiceSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceSpec_Upweight(), ecorePackage.getEDouble(), "upweight", "20.0", 0, 1, JustTrainTwiceSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lastLayerRetrainingSpecEClass, LastLayerRetrainingSpec.class, "LastLayerRetrainingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLastLayerRetrainingSpec_Groups(), ecorePackage.getEString(), "groups", null, 0, 1, LastLayerRetrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingSpec_Subsets(), ecorePackage.getEInt(), "subsets", "10", 0, 1, LastLayerRetrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingSpec_Regularisation(), ecorePackage.getEDouble(), "regularisation", "0.0", 0, 1, LastLayerRetrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distillationSpecEClass, DistillationSpec.class, "DistillationSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistillationSpec_TeacherData(), this.getTeacherData(), "teacherData", "MASKED_IMAGES", 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationSpec_TeacherFraction(), ecorePackage.getEDouble(), "teacherFraction", "0.25", 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationSpec_TeacherEpochs(), ecorePackage.getEInt(), "teacherEpochs", "0", 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDistillationSpec_Attribute(), this.getConfounderAttribute(), null, "attribute", null, 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationSpec_CleanValue(), ecorePackage.getEString(), "cleanValue", null, 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDistillationSpec_Layers(), this.getDistilledLayer(), null, "layers", null, 0, -1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationSpec_LayerWeight(), ecorePackage.getEDouble(), "layerWeight", "5.0", 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationSpec_FinalLayerWeight(), ecorePackage.getEDouble(), "finalLayerWeight", "5.0", 0, 1, DistillationSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distilledLayerEClass, DistilledLayer.class, "DistilledLayer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistilledLayer_Layer(), ecorePackage.getEString(), "layer", null, 0, 1, DistilledLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistilledLayer_Weight(), ecorePackage.getEDouble(), "weight", "5.0", 0, 1, DistilledLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(augmentationEClass, Augmentation.class, "Augmentation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAugmentation_HorizontalFlip(), ecorePackage.getEBoolean(), "horizontalFlip", "false", 0, 1, Augmentation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentation_RotationDegrees(), ecorePackage.getEDouble(), "rotationDegrees", "0.0", 0, 1, Augmentation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentation_TranslationFraction(), ecorePackage.getEDouble(), "translationFraction", "0.0", 0, 1, Augmentation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAugmentation_IntensityJitter(), ecorePackage.getEDouble(), "intensityJitter", "0.0", 0, 1, Augmentation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interventionEClass, Intervention.class, "Intervention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIntervention_Name(), ecorePackage.getEString(), "name", null, 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Kind(), this.getInterventionKind(), "kind", "ORIGINAL", 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntervention_Regions(), this.getRegion(), null, "regions", null, 0, -1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Fill(), this.getFillMode(), "fill", "BLACK", 0, 1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntervention_Labels(), ecorePackage.getEString(), "labels", null, 0, -1, Intervention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagnosticsSpecEClass, DiagnosticsSpec.class, "DiagnosticsSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagnosticsSpec_StudySeeds(), ecorePackage.getEInt(), "studySeeds", "1", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_StudyConfounder(), ecorePackage.getEString(), "studyConfounder", null, 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_GradCam(), ecorePackage.getEBoolean(), "gradCam", "true", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_GradCamLayer(), ecorePackage.getEString(), "gradCamLayer", null, 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_Occlusion(), ecorePackage.getEBoolean(), "occlusion", "false", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_AttributeProbes(), ecorePackage.getEBoolean(), "attributeProbes", "true", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagnosticsSpec_SubgroupAttributes(), this.getConfounderAttribute(), null, "subgroupAttributes", null, 0, -1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_BootstrapResamples(), ecorePackage.getEInt(), "bootstrapResamples", "2000", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_Alpha(), ecorePackage.getEDouble(), "alpha", "0.05", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_WorstCases(), ecorePackage.getEInt(), "worstCases", "16", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_AttributeImageModels(), ecorePackage.getEBoolean(), "attributeImageModels", "false", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_MaskedRetrain(), ecorePackage.getEBoolean(), "maskedRetrain", "false", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_Labels(), ecorePackage.getEString(), "labels", null, 0, -1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_RelianceDeltaAuc(), ecorePackage.getEDouble(), "relianceDeltaAuc", "0.05", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_AttentionRatio(), ecorePackage.getEDouble(), "attentionRatio", "2.0", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_ProbeAuc(), ecorePackage.getEDouble(), "probeAuc", "0.8", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_SubgroupAucGap(), ecorePackage.getEDouble(), "subgroupAucGap", "0.1", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagnosticsSpec_OcclusionImages(), ecorePackage.getEInt(), "occlusionImages", "32", 0, 1, DiagnosticsSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backendSpecEClass, BackendSpec.class, "BackendSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackendSpec_Kind(), this.getBackendKind(), "kind", "CPU", 0, 1, BackendSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendSpec_DeviceIndex(), ecorePackage.getEInt(), "deviceIndex", "0", 0, 1, BackendSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(datasetFormatEEnum, DatasetFormat.class, "DatasetFormat");
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.GENERIC_CSV);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.MURA);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.CHESTXRAY14);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.CHEXPERT);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.MIMIC_CXR_JPG);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.SYNTHETIC);
		addEEnumLiteral(datasetFormatEEnum, DatasetFormat.DICOM);

		initEEnum(inputNormalisationEEnum, InputNormalisation.class, "InputNormalisation");
		addEEnumLiteral(inputNormalisationEEnum, InputNormalisation.NONE);
		addEEnumLiteral(inputNormalisationEEnum, InputNormalisation.IMAGENET);
		addEEnumLiteral(inputNormalisationEEnum, InputNormalisation.CUSTOM);
		addEEnumLiteral(inputNormalisationEEnum, InputNormalisation.PER_IMAGE);
		addEEnumLiteral(inputNormalisationEEnum, InputNormalisation.TORCHXRAYVISION);

		initEEnum(dicomIntensityEEnum, DicomIntensity.class, "DicomIntensity");
		addEEnumLiteral(dicomIntensityEEnum, DicomIntensity.STORED_RANGE);
		addEEnumLiteral(dicomIntensityEEnum, DicomIntensity.FIRST_VOI_WINDOW);

		initEEnum(badImagePolicyEEnum, BadImagePolicy.class, "BadImagePolicy");
		addEEnumLiteral(badImagePolicyEEnum, BadImagePolicy.SKIP);
		addEEnumLiteral(badImagePolicyEEnum, BadImagePolicy.STOP);

		initEEnum(uncertainLabelPolicyEEnum, UncertainLabelPolicy.class, "UncertainLabelPolicy");
		addEEnumLiteral(uncertainLabelPolicyEEnum, UncertainLabelPolicy.IGNORE);
		addEEnumLiteral(uncertainLabelPolicyEEnum, UncertainLabelPolicy.ZEROS);
		addEEnumLiteral(uncertainLabelPolicyEEnum, UncertainLabelPolicy.ONES);

		initEEnum(attributeKindEEnum, AttributeKind.class, "AttributeKind");
		addEEnumLiteral(attributeKindEEnum, AttributeKind.CATEGORICAL);
		addEEnumLiteral(attributeKindEEnum, AttributeKind.NUMERIC);

		initEEnum(architectureEEnum, Architecture.class, "Architecture");
		addEEnumLiteral(architectureEEnum, Architecture.SMALL_CNN);
		addEEnumLiteral(architectureEEnum, Architecture.RESNET18);
		addEEnumLiteral(architectureEEnum, Architecture.DENSENET121);
		addEEnumLiteral(architectureEEnum, Architecture.ONNX);

		initEEnum(tensorLayoutEEnum, TensorLayout.class, "TensorLayout");
		addEEnumLiteral(tensorLayoutEEnum, TensorLayout.NCHW);
		addEEnumLiteral(tensorLayoutEEnum, TensorLayout.NHWC);

		initEEnum(outputActivationEEnum, OutputActivation.class, "OutputActivation");
		addEEnumLiteral(outputActivationEEnum, OutputActivation.SIGMOID);
		addEEnumLiteral(outputActivationEEnum, OutputActivation.SOFTMAX);

		initEEnum(optimizerEEnum, Optimizer.class, "Optimizer");
		addEEnumLiteral(optimizerEEnum, Optimizer.ADAM);
		addEEnumLiteral(optimizerEEnum, Optimizer.SGD);
		addEEnumLiteral(optimizerEEnum, Optimizer.ADAMW);

		initEEnum(maskPlacementEEnum, MaskPlacement.class, "MaskPlacement");
		addEEnumLiteral(maskPlacementEEnum, MaskPlacement.REGIONS);
		addEEnumLiteral(maskPlacementEEnum, MaskPlacement.RANDOM_LOCATION);

		initEEnum(teacherDataEEnum, TeacherData.class, "TeacherData");
		addEEnumLiteral(teacherDataEEnum, TeacherData.MASKED_IMAGES);
		addEEnumLiteral(teacherDataEEnum, TeacherData.BALANCED_SUBSET);
		addEEnumLiteral(teacherDataEEnum, TeacherData.CLEAN_SUBSET);

		initEEnum(rebalancingEEnum, Rebalancing.class, "Rebalancing");
		addEEnumLiteral(rebalancingEEnum, Rebalancing.NONE);
		addEEnumLiteral(rebalancingEEnum, Rebalancing.CLASS_WEIGHTED);
		addEEnumLiteral(rebalancingEEnum, Rebalancing.GROUP_BALANCED);

		initEEnum(interventionKindEEnum, InterventionKind.class, "InterventionKind");
		addEEnumLiteral(interventionKindEEnum, InterventionKind.ORIGINAL);
		addEEnumLiteral(interventionKindEEnum, InterventionKind.MASK_REGIONS);
		addEEnumLiteral(interventionKindEEnum, InterventionKind.REGION_ONLY);
		addEEnumLiteral(interventionKindEEnum, InterventionKind.RANDOM_BOX);

		initEEnum(fillModeEEnum, FillMode.class, "FillMode");
		addEEnumLiteral(fillModeEEnum, FillMode.BLACK);
		addEEnumLiteral(fillModeEEnum, FillMode.MEAN);
		addEEnumLiteral(fillModeEEnum, FillMode.NOISE);

		initEEnum(backendKindEEnum, BackendKind.class, "BackendKind");
		addEEnumLiteral(backendKindEEnum, BackendKind.CPU);
		addEEnumLiteral(backendKindEEnum, BackendKind.CUDA);

		// Create resource
		createResource(eNS_URI);
	}

} //ExperimentPackageImpl
