package org.confounderlab.model.resource;

import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLResource;

/** Shared set-up of the Confounder Lab XMI resources. */
final class ConfounderLabXmiSupport {

  private ConfounderLabXmiSupport() {
  }

  static void configure(XMLResource resource) {
    resource.setEncoding(SecureXmlLoadOptions.ENCODING);
    Map<Object, Object> load = resource.getDefaultLoadOptions();
    load.putAll(SecureXmlLoadOptions.loadOptions());
    Map<Object, Object> save = resource.getDefaultSaveOptions();
    save.putAll(SecureXmlLoadOptions.saveOptions());
  }
}
