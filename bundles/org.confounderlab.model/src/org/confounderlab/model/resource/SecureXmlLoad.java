package org.confounderlab.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.ecore.xmi.XMLDefaultHandler;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * An {@link XMLLoad} that forces the {@link SecureXmlLoadOptions} parser features and properties on every
 * parse, whatever options the caller passed.
 */
final class SecureXmlLoad implements XMLLoad {

  private final XMLLoad delegate;

  SecureXmlLoad(XMLLoad delegate) {
    this.delegate = delegate;
  }

  @Override
  public void load(XMLResource resource, InputStream inputStream, Map<?, ?> options) throws IOException {
    delegate.load(resource, inputStream, SecureXmlLoadOptions.enforce(options));
  }

  @Override
  public void load(XMLResource resource, InputSource inputSource, Map<?, ?> options) throws IOException {
    delegate.load(resource, inputSource, SecureXmlLoadOptions.enforce(options));
  }

  @Override
  public void load(XMLResource resource, Node node, Map<?, ?> options) throws IOException {
    // An already parsed DOM: no XML parser runs here.
    delegate.load(resource, node, SecureXmlLoadOptions.enforce(options));
  }

  @Override
  public XMLDefaultHandler createDefaultHandler() {
    return delegate.createDefaultHandler();
  }
}
