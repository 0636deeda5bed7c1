package org.confounderlab.model.resource;

import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The XMI resource of {@code .experiment} and {@code .run} files: UTF-8, no extended metadata, and secure parsing
 * (see {@link SecureXmlLoadOptions}) that callers cannot switch off.
 */
public class SecureXmiResource extends XMIResourceImpl {

  public SecureXmiResource(URI uri) {
    super(uri);
    setEncoding(SecureXmlLoadOptions.ENCODING);
    getDefaultLoadOptions().putAll(SecureXmlLoadOptions.loadOptions());
    getDefaultSaveOptions().putAll(SecureXmlLoadOptions.saveOptions());
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
