package org.confounderlab.model.resource;

import java.util.Map;

import org.confounderlab.model.experiment.util.ExperimentResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;

/**
 * The XMI resource for {@code .experiment} files: UTF-8, no extended metadata, and secure parsing
 * (see {@link SecureXmlLoadOptions}) that callers cannot switch off.
 */
public class ExperimentResource extends ExperimentResourceImpl {

  public ExperimentResource(URI uri) {
    super(uri);
    ConfounderLabXmiSupport.configure(this);
  }

  @Override
  protected XMLLoad createXMLLoad() {
    return new SecureXmlLoad(super.createXMLLoad());
  }

  @Override
  protected XMLLoad createXMLLoad(Map<?, ?> options) {
    return new SecureXmlLoad(super.createXMLLoad(options));
  }
}
