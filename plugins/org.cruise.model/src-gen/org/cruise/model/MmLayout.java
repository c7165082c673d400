/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mm Layout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Addresses of the process's memory layout (prctl PR_SET_MM fields), restored so that brk(2), /proc/PID/cmdline and /proc/PID/environ keep working.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.MmLayout#getStartCode <em>Start Code</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getEndCode <em>End Code</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getStartData <em>Start Data</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getEndData <em>End Data</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getStartBrk <em>Start Brk</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getBrk <em>Brk</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getStartStack <em>Start Stack</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getArgStart <em>Arg Start</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getArgEnd <em>Arg End</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getEnvStart <em>Env Start</em>}</li>
 *   <li>{@link org.cruise.model.MmLayout#getEnvEnd <em>Env End</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getMmLayout()
 * @model
 * @generated
 */
public interface MmLayout extends EObject {
	/**
	 * Returns the value of the '<em><b>Start Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Code</em>' attribute.
	 * @see #setStartCode(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_StartCode()
	 * @model
	 * @generated
	 */
	long getStartCode();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getStartCode <em>Start Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Code</em>' attribute.
	 * @see #getStartCode()
	 * @generated
	 */
	void setStartCode(long value);

	/**
	 * Returns the value of the '<em><b>End Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Code</em>' attribute.
	 * @see #setEndCode(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_EndCode()
	 * @model
	 * @generated
	 */
	long getEndCode();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getEndCode <em>End Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Code</em>' attribute.
	 * @see #getEndCode()
	 * @generated
	 */
	void setEndCode(long value);

	/**
	 * Returns the value of the '<em><b>Start Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Data</em>' attribute.
	 * @see #setStartData(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_StartData()
	 * @model
	 * @generated
	 */
	long getStartData();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getStartData <em>Start Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Data</em>' attribute.
	 * @see #getStartData()
	 * @generated
	 */
	void setStartData(long value);

	/**
	 * Returns the value of the '<em><b>End Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Data</em>' attribute.
	 * @see #setEndData(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_EndData()
	 * @model
	 * @generated
	 */
	long getEndData();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getEndData <em>End Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Data</em>' attribute.
	 * @see #getEndData()
	 * @generated
	 */
	void setEndData(long value);

	/**
	 * Returns the value of the '<em><b>Start Brk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Brk</em>' attribute.
	 * @see #setStartBrk(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_StartBrk()
	 * @model
	 * @generated
	 */
	long getStartBrk();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getStartBrk <em>Start Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Brk</em>' attribute.
	 * @see #getStartBrk()
	 * @generated
	 */
	void setStartBrk(long value);

	/**
	 * Returns the value of the '<em><b>Brk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brk</em>' attribute.
	 * @see #setBrk(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_Brk()
	 * @model
	 * @generated
	 */
	long getBrk();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getBrk <em>Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brk</em>' attribute.
	 * @see #getBrk()
	 * @generated
	 */
	void setBrk(long value);

	/**
	 * Returns the value of the '<em><b>Start Stack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Stack</em>' attribute.
	 * @see #setStartStack(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_StartStack()
	 * @model
	 * @generated
	 */
	long getStartStack();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getStartStack <em>Start Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Stack</em>' attribute.
	 * @see #getStartStack()
	 * @generated
	 */
	void setStartStack(long value);

	/**
	 * Returns the value of the '<em><b>Arg Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arg Start</em>' attribute.
	 * @see #setArgStart(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_ArgStart()
	 * @model
	 * @generated
	 */
	long getArgStart();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getArgStart <em>Arg Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arg Start</em>' attribute.
	 * @see #getArgStart()
	 * @generated
	 */
	void setArgStart(long value);

	/**
	 * Returns the value of the '<em><b>Arg End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arg End</em>' attribute.
	 * @see #setArgEnd(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_ArgEnd()
	 * @model
	 * @generated
	 */
	long getArgEnd();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getArgEnd <em>Arg End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arg End</em>' attribute.
	 * @see #getArgEnd()
	 * @generated
	 */
	void setArgEnd(long value);

	/**
	 * Returns the value of the '<em><b>Env Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Env Start</em>' attribute.
	 * @see #setEnvStart(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_EnvStart()
	 * @model
	 * @generated
	 */
	long getEnvStart();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getEnvStart <em>Env Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Env Start</em>' attribute.
	 * @see #getEnvStart()
	 * @generated
	 */
	void setEnvStart(long value);

	/**
	 * Returns the value of the '<em><b>Env End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Env End</em>' attribute.
	 * @see #setEnvEnd(long)
	 * @see org.cruise.model.CruisePackage#getMmLayout_EnvEnd()
	 * @model
	 * @generated
	 */
	long getEnvEnd();

	/**
	 * Sets the value of the '{@link org.cruise.model.MmLayout#getEnvEnd <em>Env End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Env End</em>' attribute.
	 * @see #getEnvEnd()
	 * @generated
	 */
	void setEnvEnd(long value);

} // MmLayout
