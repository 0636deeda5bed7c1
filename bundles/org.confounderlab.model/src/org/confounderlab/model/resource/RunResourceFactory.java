package org.confounderlab.model.resource;

import org.confounderlab.model.run.util.RunResourceFactoryImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Resource factory for {@code .run} and {@code .audit} files (registered in plugin.xml for both extensions;
 * outside OSGi use {@link ConfounderLabResources#register(org.eclipse.emf.ecore.resource.ResourceSet)}).
 * Creates {@link SecureXmiResource}s, which load securely by default.
 */
public class RunResourceFactory extends RunResourceFactoryImpl {

  /** The file extension of runs. */
  public static final String FILE_EXTENSION = "run";

  /** The file extension of data set audits saved on their own (a {@code DatasetAudit} root, same package). */
  public static final String AUDIT_FILE_EXTENSION = "audit";

  /** Extension of study files (a {@code Study} of the run package, linking its arms' runs). */
  public static final String STUDY_FILE_EXTENSION = "study";

  public RunResourceFactory() {
    super();
  }

  @Override
  public Resource createResource(URI uri) {
    return new SecureXmiResource(uri);
  }
}
