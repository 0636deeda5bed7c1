/**
 */
package org.confounderlab.model.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dicom Intensity</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDicomIntensity()
 * @model
 * @generated
 */
public enum DicomIntensity implements Enumerator {
	/**
	 * The '<em><b>STORED RANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORED_RANGE_VALUE
	 * @generated
	 * @ordered
	 */
	STORED_RANGE(0, "STORED_RANGE", "STORED_RANGE"),

	/**
	 * The '<em><b>FIRST VOI WINDOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VOI_WINDOW_VALUE
	 * @generated
	 * @ordered
	 */
	FIRST_VOI_WINDOW(1, "FIRST_VOI_WINDOW", "FIRST_VOI_WINDOW");

	/**
	 * The '<em><b>STORED RANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORED_RANGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STORED_RANGE_VALUE = 0;

	/**
	 * The '<em><b>FIRST VOI WINDOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIRST_VOI_WINDOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIRST_VOI_WINDOW_VALUE = 1;

	/**
	 * An array of all the '<em><b>Dicom Intensity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DicomIntensity[] VALUES_ARRAY =
		new DicomIntensity[] {
			STORED_RANGE,
			FIRST_VOI_WINDOW,
		};

	/**
	 * A public read-only list of all the '<em><b>Dicom Intensity</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DicomIntensity> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dicom Intensity</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DicomIntensity get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DicomIntensity result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dicom Intensity</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DicomIntensity getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DicomIntensity result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dicom Intensity</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DicomIntensity get(int value) {
		switch (value) {
			case STORED_RANGE_VALUE: return STORED_RANGE;
			case FIRST_VOI_WINDOW_VALUE: return FIRST_VOI_WINDOW;
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
	private DicomIntensity(int value, String name, String literal) {
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
	
} //DicomIntensity
