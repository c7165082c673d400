/**
 */
package org.cruise.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Destination Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where an updated program continues running.
 * <!-- end-model-doc -->
 * @see org.cruise.model.CruisePackage#getDestinationKind()
 * @model
 * @generated
 */
public enum DestinationKind implements Enumerator {
	/**
	 * The '<em><b>LAUNCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start a new process from the snapshot.
	 * <!-- end-model-doc -->
	 * @see #LAUNCH_VALUE
	 * @generated
	 * @ordered
	 */
	LAUNCH(0, "LAUNCH", "LAUNCH"),

	/**
	 * The '<em><b>PID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Update the existing process UpdateConfig.destinationPid in place.
	 * <!-- end-model-doc -->
	 * @see #PID_VALUE
	 * @generated
	 * @ordered
	 */
	PID(1, "PID", "PID");

	/**
	 * The '<em><b>LAUNCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start a new process from the snapshot.
	 * <!-- end-model-doc -->
	 * @see #LAUNCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAUNCH_VALUE = 0;

	/**
	 * The '<em><b>PID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Update the existing process UpdateConfig.destinationPid in place.
	 * <!-- end-model-doc -->
	 * @see #PID
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PID_VALUE = 1;

	/**
	 * An array of all the '<em><b>Destination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DestinationKind[] VALUES_ARRAY =
		new DestinationKind[] {
			LAUNCH,
			PID,
		};

	/**
	 * A public read-only list of all the '<em><b>Destination Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DestinationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Destination Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DestinationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DestinationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Destination Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DestinationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DestinationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Destination Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DestinationKind get(int value) {
		switch (value) {
			case LAUNCH_VALUE: return LAUNCH;
			case PID_VALUE: return PID;
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
	private DestinationKind(int value, String name, String literal) {
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
	
} //DestinationKind
