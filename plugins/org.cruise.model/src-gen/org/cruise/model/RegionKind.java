/**
 */
package org.cruise.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Region Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What backs a memory region; decides how it is saved and restored.
 * <!-- end-model-doc -->
 * @see org.cruise.model.CruisePackage#getRegionKind()
 * @model
 * @generated
 */
public enum RegionKind implements Enumerator {
	/**
	 * The '<em><b>HEAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAP_VALUE
	 * @generated
	 * @ordered
	 */
	HEAP(0, "HEAP", "HEAP"),

	/**
	 * The '<em><b>STACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STACK_VALUE
	 * @generated
	 * @ordered
	 */
	STACK(1, "STACK", "STACK"),

	/**
	 * The '<em><b>ANONYMOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS_VALUE
	 * @generated
	 * @ordered
	 */
	ANONYMOUS(2, "ANONYMOUS", "ANONYMOUS"),

	/**
	 * The '<em><b>SHARED ANONYMOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_ANONYMOUS_VALUE
	 * @generated
	 * @ordered
	 */
	SHARED_ANONYMOUS(3, "SHARED_ANONYMOUS", "SHARED_ANONYMOUS"),

	/**
	 * The '<em><b>MEMFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMFD_VALUE
	 * @generated
	 * @ordered
	 */
	MEMFD(4, "MEMFD", "MEMFD"),

	/**
	 * The '<em><b>FILE PRIVATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_PRIVATE_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_PRIVATE(5, "FILE_PRIVATE", "FILE_PRIVATE"),

	/**
	 * The '<em><b>FILE SHARED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SHARED_VALUE
	 * @generated
	 * @ordered
	 */
	FILE_SHARED(6, "FILE_SHARED", "FILE_SHARED"),

	/**
	 * The '<em><b>VDSO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VDSO_VALUE
	 * @generated
	 * @ordered
	 */
	VDSO(7, "VDSO", "VDSO"),

	/**
	 * The '<em><b>VVAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VVAR_VALUE
	 * @generated
	 * @ordered
	 */
	VVAR(8, "VVAR", "VVAR"),

	/**
	 * The '<em><b>VSYSCALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VSYSCALL_VALUE
	 * @generated
	 * @ordered
	 */
	VSYSCALL(9, "VSYSCALL", "VSYSCALL"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "OTHER");

	/**
	 * The '<em><b>HEAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HEAP_VALUE = 0;

	/**
	 * The '<em><b>STACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STACK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STACK_VALUE = 1;

	/**
	 * The '<em><b>ANONYMOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANONYMOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANONYMOUS_VALUE = 2;

	/**
	 * The '<em><b>SHARED ANONYMOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARED_ANONYMOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARED_ANONYMOUS_VALUE = 3;

	/**
	 * The '<em><b>MEMFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMFD_VALUE = 4;

	/**
	 * The '<em><b>FILE PRIVATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_PRIVATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILE_PRIVATE_VALUE = 5;

	/**
	 * The '<em><b>FILE SHARED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILE_SHARED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FILE_SHARED_VALUE = 6;

	/**
	 * The '<em><b>VDSO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VDSO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VDSO_VALUE = 7;

	/**
	 * The '<em><b>VVAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VVAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VVAR_VALUE = 8;

	/**
	 * The '<em><b>VSYSCALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VSYSCALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VSYSCALL_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RegionKind[] VALUES_ARRAY =
		new RegionKind[] {
			HEAP,
			STACK,
			ANONYMOUS,
			SHARED_ANONYMOUS,
			MEMFD,
			FILE_PRIVATE,
			FILE_SHARED,
			VDSO,
			VVAR,
			VSYSCALL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Region Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RegionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RegionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Region Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RegionKind get(int value) {
		switch (value) {
			case HEAP_VALUE: return HEAP;
			case STACK_VALUE: return STACK;
			case ANONYMOUS_VALUE: return ANONYMOUS;
			case SHARED_ANONYMOUS_VALUE: return SHARED_ANONYMOUS;
			case MEMFD_VALUE: return MEMFD;
			case FILE_PRIVATE_VALUE: return FILE_PRIVATE;
			case FILE_SHARED_VALUE: return FILE_SHARED;
			case VDSO_VALUE: return VDSO;
			case VVAR_VALUE: return VVAR;
			case VSYSCALL_VALUE: return VSYSCALL;
			case OTHER_VALUE: return OTHER;
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
	private RegionKind(int value, String name, String literal) {
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
	
} //RegionKind
