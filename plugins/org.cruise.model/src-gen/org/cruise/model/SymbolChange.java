/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symbol Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one symbol differs between the two builds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.SymbolChange#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getScope <em>Scope</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getOldAddress <em>Old Address</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getOldSize <em>Old Size</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getNewAddress <em>New Address</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getNewSize <em>New Size</em>}</li>
 *   <li>{@link org.cruise.model.SymbolChange#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getSymbolChange()
 * @model
 * @generated
 */
public interface SymbolChange extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source file for local (static) symbols, which may share a name; empty for globals.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cruise.model.ChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.ChangeKind
	 * @see #setKind(ChangeKind)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_Kind()
	 * @model
	 * @generated
	 */
	ChangeKind getKind();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.ChangeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChangeKind value);

	/**
	 * Returns the value of the '<em><b>Old Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Address</em>' attribute.
	 * @see #setOldAddress(long)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_OldAddress()
	 * @model
	 * @generated
	 */
	long getOldAddress();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getOldAddress <em>Old Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Address</em>' attribute.
	 * @see #getOldAddress()
	 * @generated
	 */
	void setOldAddress(long value);

	/**
	 * Returns the value of the '<em><b>Old Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Old Size</em>' attribute.
	 * @see #setOldSize(long)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_OldSize()
	 * @model
	 * @generated
	 */
	long getOldSize();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getOldSize <em>Old Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Size</em>' attribute.
	 * @see #getOldSize()
	 * @generated
	 */
	void setOldSize(long value);

	/**
	 * Returns the value of the '<em><b>New Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Address</em>' attribute.
	 * @see #setNewAddress(long)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_NewAddress()
	 * @model
	 * @generated
	 */
	long getNewAddress();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getNewAddress <em>New Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Address</em>' attribute.
	 * @see #getNewAddress()
	 * @generated
	 */
	void setNewAddress(long value);

	/**
	 * Returns the value of the '<em><b>New Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>New Size</em>' attribute.
	 * @see #setNewSize(long)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_NewSize()
	 * @model
	 * @generated
	 */
	long getNewSize();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getNewSize <em>New Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Size</em>' attribute.
	 * @see #getNewSize()
	 * @generated
	 */
	void setNewSize(long value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the symbol counts as modified, e.g. "code differs" or "size 16 -> 24".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.cruise.model.CruisePackage#getSymbolChange_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.cruise.model.SymbolChange#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // SymbolChange
