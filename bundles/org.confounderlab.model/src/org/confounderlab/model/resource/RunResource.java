package org.confounderlab.model.resource;

import java.util.Map;

import org.confounderlab.model.run.util.RunResourceImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;

/**
 * The XMI resource for {@code .run} files: UTF-8, no extended metadata, and secure parsing
 * (see {@link SecureXmlLoadOptions}) that callers cannot switch off.
 */
public class RunResource extends RunResourceImpl {

  public RunResource(URI uri) {
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
