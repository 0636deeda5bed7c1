package org.confounderlab.model.resource;

import org.confounderlab.model.experiment.util.ExperimentResourceFactoryImpl;
import org.confounderlab.model.validation.ExperimentValidator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Resource factory for {@code .experiment} files (registered in plugin.xml for the extension {@code experiment};
 * outside OSGi use {@link ConfounderLabResources#register(org.eclipse.emf.ecore.resource.ResourceSet)}).
 * Creates {@link SecureXmiResource}s, which load securely by default.
 */
public class ExperimentResourceFactory extends ExperimentResourceFactoryImpl {

  /** The file extension this factory is for. */
  public static final String FILE_EXTENSION = "experiment";

  static {
    // Makes EMF's "Validate" (and Diagnostician.INSTANCE) apply the Confounder Lab rules inside Eclipse too.
    ExperimentValidator.register();
  }

  public ExperimentResourceFactory() {
    super();
  }

  @Override
  public Resource createResource(URI uri) {
    return new SecureXmiResource(uri);
  }
}
