package org.confounderlab.model.resource;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.validation.ExperimentValidator;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Standalone (non-OSGi) registration of the Confounder Lab model: the two EPackages, the resource
 * factories for {@code .experiment}, {@code .run}, {@code .audit} and {@code .study}, and the experiment validator. Inside Eclipse the same
 * registrations come from plugin.xml; calling these methods there as well is harmless.
 */
public final class ConfounderLabResources {

  private ConfounderLabResources() {
  }

  /**
   * Registers the packages and resource factories locally in {@code resourceSet}, and sets the secure
   * default load/save options on it. Returns the same resource set.
   */
  public static ResourceSet register(ResourceSet resourceSet) {
    EPackage.Registry packages = resourceSet.getPackageRegistry();
    packages.put(ExperimentPackage.eNS_URI, ExperimentPackage.eINSTANCE);
    packages.put(RunPackage.eNS_URI, RunPackage.eINSTANCE);
    Resource.Factory.Registry factories = resourceSet.getResourceFactoryRegistry();
    factories.getExtensionToFactoryMap().put(ExperimentResourceFactory.FILE_EXTENSION, new ExperimentResourceFactory());
    factories.getExtensionToFactoryMap().put(RunResourceFactory.FILE_EXTENSION, new RunResourceFactory());
    factories.getExtensionToFactoryMap().put(RunResourceFactory.AUDIT_FILE_EXTENSION, new RunResourceFactory());
    factories.getExtensionToFactoryMap().put(RunResourceFactory.STUDY_FILE_EXTENSION, new RunResourceFactory());
    resourceSet.getLoadOptions().putAll(SecureXmlLoadOptions.loadOptions());
    ExperimentValidator.register();
    return resourceSet;
  }

  /** A new resource set with everything {@link #register(ResourceSet)} does. */
  public static ResourceSet newResourceSet() {
    return register(new ResourceSetImpl());
  }

  /**
   * Registers the packages, resource factories and the validator in EMF's global registries (for code that
   * uses a plain {@code ResourceSetImpl} or {@code Diagnostician.INSTANCE}). Idempotent.
   */
  public static synchronized void registerGlobally() {
    EPackage.Registry.INSTANCE.put(ExperimentPackage.eNS_URI, ExperimentPackage.eINSTANCE);
    EPackage.Registry.INSTANCE.put(RunPackage.eNS_URI, RunPackage.eINSTANCE);
    var map = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
    if (!(map.get(ExperimentResourceFactory.FILE_EXTENSION) instanceof ExperimentResourceFactory)) {
      map.put(ExperimentResourceFactory.FILE_EXTENSION, new ExperimentResourceFactory());
    }
    for (String extension : new String[] {RunResourceFactory.FILE_EXTENSION, RunResourceFactory.AUDIT_FILE_EXTENSION,
        RunResourceFactory.STUDY_FILE_EXTENSION}) {
      if (!(map.get(extension) instanceof RunResourceFactory)) {
        map.put(extension, new RunResourceFactory());
      }
    }
    ExperimentValidator.register();
  }
}
