package org.confounderlab.model.resource;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

/**
 * Load and save options for Confounder Lab XMI files ({@code .experiment}, {@code .run}).
 *
 * <p>Loading refuses any DOCTYPE declaration, so external entities (XXE), external DTDs and entity
 * expansion bombs ("billion laughs") can never be processed. Experiment and run files are plain XMI
 * and never need a DTD.</p>
 *
 * <p>The resources created by {@link ExperimentResourceFactory} and {@link RunResourceFactory} apply
 * these options by default and re-apply the parser features on every load, so a caller cannot switch
 * them off by passing its own options.</p>
 */
public final class SecureXmlLoadOptions {

  /** Xerces feature: fail on any {@code <!DOCTYPE ...>}. */
  public static final String DISALLOW_DOCTYPE_DECL = "http://apache.org/xml/features/disallow-doctype-decl";
  /** SAX feature: resolve external general entities. */
  public static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
  /** SAX feature: resolve external parameter entities. */
  public static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
  /** Xerces feature: load external DTDs even when not validating. */
  public static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

  /** Encoding used for saving. */
  public static final String ENCODING = "UTF-8";

  private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

  private SecureXmlLoadOptions() {
  }

  /** The parser features that make loading safe (a new modifiable map on each call). */
  public static Map<String, Boolean> parserFeatures() {
    Map<String, Boolean> features = new LinkedHashMap<>();
    features.put(DISALLOW_DOCTYPE_DECL, Boolean.TRUE);
    features.put(EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE);
    features.put(EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE);
    features.put(LOAD_EXTERNAL_DTD, Boolean.FALSE);
    features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
    return features;
  }

  /** Parser properties that forbid any external access for DTDs and schemas. */
  public static Map<String, Object> parserProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return properties;
  }

  /** The default load options (a new modifiable map on each call). */
  public static Map<Object, Object> loadOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_PARSER_FEATURES, parserFeatures());
    options.put(XMLResource.OPTION_PARSER_PROPERTIES, parserProperties());
    options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
    options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
    options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
    return options;
  }

  /** The default save options (a new modifiable map on each call). */
  public static Map<Object, Object> saveOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_ENCODING, ENCODING);
    options.put(XMLResource.OPTION_EXTENDED_META_DATA, Boolean.FALSE);
    options.put(Resource.OPTION_LINE_DELIMITER, "\n");
    return options;
  }

  /**
   * Returns {@code options} with the secure parser features and properties forced on top of whatever the
   * caller passed (other options are kept). Never modifies the argument.
   */
  public static Map<Object, Object> enforce(Map<?, ?> options) {
    Map<Object, Object> result = new HashMap<>();
    if (options != null) {
      result.putAll(options);
    }
    Map<Object, Object> features = new HashMap<>();
    Object callerFeatures = result.get(XMLResource.OPTION_PARSER_FEATURES);
    if (callerFeatures instanceof Map<?, ?> map) {
      features.putAll(map);
    }
    features.putAll(parserFeatures());
    result.put(XMLResource.OPTION_PARSER_FEATURES, Collections.unmodifiableMap(features));

    Map<Object, Object> properties = new HashMap<>();
    Object callerProperties = result.get(XMLResource.OPTION_PARSER_PROPERTIES);
    if (callerProperties instanceof Map<?, ?> map) {
      properties.putAll(map);
    }
    properties.putAll(parserProperties());
    result.put(XMLResource.OPTION_PARSER_PROPERTIES, Collections.unmodifiableMap(properties));
    return result;
  }
}
