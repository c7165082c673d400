/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rlimit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One resource limit of the process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.Rlimit#getResource <em>Resource</em>}</li>
 *   <li>{@link org.cruise.model.Rlimit#getSoft <em>Soft</em>}</li>
 *   <li>{@link org.cruise.model.Rlimit#getHard <em>Hard</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getRlimit()
 * @model
 * @generated
 */
public interface Rlimit extends EObject {
	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name as in the C headers, e.g. "RLIMIT_NOFILE".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see org.cruise.model.CruisePackage#getRlimit_Resource()
	 * @model
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link org.cruise.model.Rlimit#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

	/**
	 * Returns the value of the '<em><b>Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Soft limit; -1 (RLIM_INFINITY) means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft</em>' attribute.
	 * @see #setSoft(long)
	 * @see org.cruise.model.CruisePackage#getRlimit_Soft()
	 * @model
	 * @generated
	 */
	long getSoft();

	/**
	 * Sets the value of the '{@link org.cruise.model.Rlimit#getSoft <em>Soft</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft</em>' attribute.
	 * @see #getSoft()
	 * @generated
	 */
	void setSoft(long value);

	/**
	 * Returns the value of the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hard limit; -1 (RLIM_INFINITY) means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hard</em>' attribute.
	 * @see #setHard(long)
	 * @see org.cruise.model.CruisePackage#getRlimit_Hard()
	 * @model
	 * @generated
	 */
	long getHard();

	/**
	 * Sets the value of the '{@link org.cruise.model.Rlimit#getHard <em>Hard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hard</em>' attribute.
	 * @see #getHard()
	 * @generated
	 */
	void setHard(long value);

} // Rlimit
