/**
 */
package org.confounderlab.model.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Teacher Data</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.ExperimentPackage#getTeacherData()
 * @model
 * @generated
 */
public enum TeacherData implements Enumerator {
	/**
	 * The '<em><b>MASKED IMAGES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_IMAGES_VALUE
	 * @generated
	 * @ordered
	 */
	MASKED_IMAGES(0, "MASKED_IMAGES", "MASKED_IMAGES"),

	/**
	 * The '<em><b>BALANCED SUBSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BALANCED_SUBSET_VALUE
	 * @generated
	 * @ordered
	 */
	BALANCED_SUBSET(1, "BALANCED_SUBSET", "BALANCED_SUBSET"),

	/**
	 * The '<em><b>CLEAN SUBSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_SUBSET_VALUE
	 * @generated
	 * @ordered
	 */
	CLEAN_SUBSET(2, "CLEAN_SUBSET", "CLEAN_SUBSET");

	/**
	 * The '<em><b>MASKED IMAGES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKED_IMAGES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASKED_IMAGES_VALUE = 0;

	/**
	 * The '<em><b>BALANCED SUBSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BALANCED_SUBSET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BALANCED_SUBSET_VALUE = 1;

	/**
	 * The '<em><b>CLEAN SUBSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLEAN_SUBSET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLEAN_SUBSET_VALUE = 2;

	/**
	 * An array of all the '<em><b>Teacher Data</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TeacherData[] VALUES_ARRAY =
		new TeacherData[] {
			MASKED_IMAGES,
			BALANCED_SUBSET,
			CLEAN_SUBSET,
		};

	/**
	 * A public read-only list of all the '<em><b>Teacher Data</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TeacherData> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Teacher Data</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeacherData get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeacherData result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Teacher Data</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeacherData getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeacherData result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Teacher Data</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeacherData get(int value) {
		switch (value) {
			case MASKED_IMAGES_VALUE: return MASKED_IMAGES;
			case BALANCED_SUBSET_VALUE: return BALANCED_SUBSET;
			case CLEAN_SUBSET_VALUE: return CLEAN_SUBSET;
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
	private TeacherData(int value, String name, String literal) {
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
	
} //TeacherData
