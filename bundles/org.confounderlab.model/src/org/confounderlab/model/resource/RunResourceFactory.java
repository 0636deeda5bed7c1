package org.confounderlab.model.resource;

import org.confounderlab.model.run.util.RunResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Resource factory for {@code .run} files (registered in plugin.xml for the extension {@code run};
 * outside OSGi use {@link ConfounderLabResources#register(org.eclipse.emf.ecore.resource.ResourceSet)}).
 * Creates {@link SecureXmiResource}s, which load securely by default.
 */
public class RunResourceFactory extends RunResourceFactoryImpl {

  /** The file extension this factory is for. */
  public static final String FILE_EXTENSION = "run";

  public RunResourceFactory() {
    super();
  }

  @Override
  public Resource createResource(URI uri) {
    return new SecureXmiResource(uri);
  }
}
