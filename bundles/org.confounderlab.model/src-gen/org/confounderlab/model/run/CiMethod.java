/**
 */
package org.confounderlab.model.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ci Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.RunPackage#getCiMethod()
 * @model
 * @generated
 */
public enum CiMethod implements Enumerator {
	/**
	 * The '<em><b>DELONG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELONG_VALUE
	 * @generated
	 * @ordered
	 */
	DELONG(0, "DELONG", "DELONG"),

	/**
	 * The '<em><b>BOOTSTRAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOTSTRAP_VALUE
	 * @generated
	 * @ordered
	 */
	BOOTSTRAP(1, "BOOTSTRAP", "BOOTSTRAP"),

	/**
	 * The '<em><b>CLUSTERED DELONG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DeLong's variance summed by patient (Obuchowski 1997): images of one patient are not independent.
	 * <!-- end-model-doc -->
	 * @see #CLUSTERED_DELONG_VALUE
	 * @generated
	 * @ordered
	 */
	CLUSTERED_DELONG(2, "CLUSTERED_DELONG", "CLUSTERED_DELONG"),

	/**
	 * The '<em><b>PATIENT BOOTSTRAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bootstrap resampling patients, each with all of their images.
	 * <!-- end-model-doc -->
	 * @see #PATIENT_BOOTSTRAP_VALUE
	 * @generated
	 * @ordered
	 */
	PATIENT_BOOTSTRAP(3, "PATIENT_BOOTSTRAP", "PATIENT_BOOTSTRAP");

	/**
	 * The '<em><b>DELONG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELONG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DELONG_VALUE = 0;

	/**
	 * The '<em><b>BOOTSTRAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BOOTSTRAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BOOTSTRAP_VALUE = 1;

	/**
	 * The '<em><b>CLUSTERED DELONG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DeLong's variance summed by patient (Obuchowski 1997): images of one patient are not independent.
	 * <!-- end-model-doc -->
	 * @see #CLUSTERED_DELONG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLUSTERED_DELONG_VALUE = 2;

	/**
	 * The '<em><b>PATIENT BOOTSTRAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A bootstrap resampling patients, each with all of their images.
	 * <!-- end-model-doc -->
	 * @see #PATIENT_BOOTSTRAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PATIENT_BOOTSTRAP_VALUE = 3;

	/**
	 * An array of all the '<em><b>Ci Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CiMethod[] VALUES_ARRAY =
		new CiMethod[] {
			DELONG,
			BOOTSTRAP,
			CLUSTERED_DELONG,
			PATIENT_BOOTSTRAP,
		};

	/**
	 * A public read-only list of all the '<em><b>Ci Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CiMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ci Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CiMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CiMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ci Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CiMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CiMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ci Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CiMethod get(int value) {
		switch (value) {
			case DELONG_VALUE: return DELONG;
			case BOOTSTRAP_VALUE: return BOOTSTRAP;
			case CLUSTERED_DELONG_VALUE: return CLUSTERED_DELONG;
			case PATIENT_BOOTSTRAP_VALUE: return PATIENT_BOOTSTRAP;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CiMethod(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CiMethod
