/**
 */
package org.confounderlab.model.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dataset Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDatasetFormat()
 * @model
 * @generated
 */
public enum DatasetFormat implements Enumerator {
	/**
	 * The '<em><b>GENERIC CSV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC_CSV_VALUE
	 * @generated
	 * @ordered
	 */
	GENERIC_CSV(0, "GENERIC_CSV", "GENERIC_CSV"),

	/**
	 * The '<em><b>MURA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MURA_VALUE
	 * @generated
	 * @ordered
	 */
	MURA(1, "MURA", "MURA"),

	/**
	 * The '<em><b>CHESTXRAY14</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHESTXRAY14_VALUE
	 * @generated
	 * @ordered
	 */
	CHESTXRAY14(2, "CHESTXRAY14", "CHESTXRAY14"),

	/**
	 * The '<em><b>CHEXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHEXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	CHEXPERT(3, "CHEXPERT", "CHEXPERT"),

	/**
	 * The '<em><b>MIMIC CXR JPG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIMIC_CXR_JPG_VALUE
	 * @generated
	 * @ordered
	 */
	MIMIC_CXR_JPG(4, "MIMIC_CXR_JPG", "MIMIC_CXR_JPG"),

	/**
	 * The '<em><b>SYNTHETIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC_VALUE
	 * @generated
	 * @ordered
	 */
	SYNTHETIC(5, "SYNTHETIC", "SYNTHETIC"),

	/**
	 * The '<em><b>DICOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DICOM_VALUE
	 * @generated
	 * @ordered
	 */
	DICOM(6, "DICOM", "DICOM");

	/**
	 * The '<em><b>GENERIC CSV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERIC_CSV
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GENERIC_CSV_VALUE = 0;

	/**
	 * The '<em><b>MURA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MURA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MURA_VALUE = 1;

	/**
	 * The '<em><b>CHESTXRAY14</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHESTXRAY14
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHESTXRAY14_VALUE = 2;

	/**
	 * The '<em><b>CHEXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHEXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHEXPERT_VALUE = 3;

	/**
	 * The '<em><b>MIMIC CXR JPG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIMIC_CXR_JPG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MIMIC_CXR_JPG_VALUE = 4;

	/**
	 * The '<em><b>SYNTHETIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SYNTHETIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SYNTHETIC_VALUE = 5;

	/**
	 * The '<em><b>DICOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DICOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DICOM_VALUE = 6;

	/**
	 * An array of all the '<em><b>Dataset Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DatasetFormat[] VALUES_ARRAY =
		new DatasetFormat[] {
			GENERIC_CSV,
			MURA,
			CHESTXRAY14,
			CHEXPERT,
			MIMIC_CXR_JPG,
			SYNTHETIC,
			DICOM,
		};

	/**
	 * A public read-only list of all the '<em><b>Dataset Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DatasetFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dataset Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DatasetFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dataset Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DatasetFormat get(int value) {
		switch (value) {
			case GENERIC_CSV_VALUE: return GENERIC_CSV;
			case MURA_VALUE: return MURA;
			case CHESTXRAY14_VALUE: return CHESTXRAY14;
			case CHEXPERT_VALUE: return CHEXPERT;
			case MIMIC_CXR_JPG_VALUE: return MIMIC_CXR_JPG;
			case SYNTHETIC_VALUE: return SYNTHETIC;
			case DICOM_VALUE: return DICOM;
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
	private DatasetFormat(int value, String name, String literal) {
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
	
} //DatasetFormat
