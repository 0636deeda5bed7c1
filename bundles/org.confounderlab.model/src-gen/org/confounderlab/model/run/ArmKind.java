/**
 */
package org.confounderlab.model.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Arm Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.RunPackage#getArmKind()
 * @model
 * @generated
 */
public enum ArmKind implements Enumerator {
	/**
	 * The '<em><b>BASELINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASELINE_VALUE
	 * @generated
	 * @ordered
	 */
	BASELINE(0, "BASELINE", "BASELINE"),

	/**
	 * The '<em><b>MASKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKING_VALUE
	 * @generated
	 * @ordered
	 */
	MASKING(1, "MASKING", "MASKING"),

	/**
	 * The '<em><b>BALANCING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BALANCING_VALUE
	 * @generated
	 * @ordered
	 */
	BALANCING(2, "BALANCING", "BALANCING"),

	/**
	 * The '<em><b>DISTILLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTILLATION_VALUE
	 * @generated
	 * @ordered
	 */
	DISTILLATION(3, "DISTILLATION", "DISTILLATION"),

	/**
	 * The '<em><b>LAST LAYER RETRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_LAYER_RETRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_LAYER_RETRAINING(4, "LAST_LAYER_RETRAINING", "LAST_LAYER_RETRAINING"),

	/**
	 * The '<em><b>JUST TRAIN TWICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUST_TRAIN_TWICE_VALUE
	 * @generated
	 * @ordered
	 */
	JUST_TRAIN_TWICE(5, "JUST_TRAIN_TWICE", "JUST_TRAIN_TWICE"),

	/**
	 * The '<em><b>GROUP DRO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_DRO_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_DRO(6, "GROUP_DRO", "GROUP_DRO");

	/**
	 * The '<em><b>BASELINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BASELINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BASELINE_VALUE = 0;

	/**
	 * The '<em><b>MASKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASKING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASKING_VALUE = 1;

	/**
	 * The '<em><b>BALANCING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BALANCING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BALANCING_VALUE = 2;

	/**
	 * The '<em><b>DISTILLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTILLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISTILLATION_VALUE = 3;

	/**
	 * The '<em><b>LAST LAYER RETRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_LAYER_RETRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAST_LAYER_RETRAINING_VALUE = 4;

	/**
	 * The '<em><b>JUST TRAIN TWICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUST_TRAIN_TWICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JUST_TRAIN_TWICE_VALUE = 5;

	/**
	 * The '<em><b>GROUP DRO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_DRO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_DRO_VALUE = 6;

	/**
	 * An array of all the '<em><b>Arm Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ArmKind[] VALUES_ARRAY =
		new ArmKind[] {
			BASELINE,
			MASKING,
			BALANCING,
			DISTILLATION,
			LAST_LAYER_RETRAINING,
			JUST_TRAIN_TWICE,
			GROUP_DRO,
		};

	/**
	 * A public read-only list of all the '<em><b>Arm Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ArmKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Arm Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArmKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArmKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arm Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArmKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ArmKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Arm Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ArmKind get(int value) {
		switch (value) {
			case BASELINE_VALUE: return BASELINE;
			case MASKING_VALUE: return MASKING;
			case BALANCING_VALUE: return BALANCING;
			case DISTILLATION_VALUE: return DISTILLATION;
			case LAST_LAYER_RETRAINING_VALUE: return LAST_LAYER_RETRAINING;
			case JUST_TRAIN_TWICE_VALUE: return JUST_TRAIN_TWICE;
			case GROUP_DRO_VALUE: return GROUP_DRO;
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
	private ArmKind(int value, String name, String literal) {
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
	
} //ArmKind
