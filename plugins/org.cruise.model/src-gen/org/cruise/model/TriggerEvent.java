/**
 */
package org.cruise.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trigger Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The checkpoint function return that triggered a snapshot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.TriggerEvent#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getThreadId <em>Thread Id</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getPc <em>Pc</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getReturnValue <em>Return Value</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getTime <em>Time</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.cruise.model.TriggerEvent#getSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getTriggerEvent()
 * @model
 * @generated
 */
public interface TriggerEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Thread Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thread Id</em>' attribute.
	 * @see #setThreadId(int)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_ThreadId()
	 * @model
	 * @generated
	 */
	int getThreadId();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getThreadId <em>Thread Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread Id</em>' attribute.
	 * @see #getThreadId()
	 * @generated
	 */
	void setThreadId(int value);

	/**
	 * Returns the value of the '<em><b>Pc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pc</em>' attribute.
	 * @see #setPc(long)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_Pc()
	 * @model
	 * @generated
	 */
	long getPc();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getPc <em>Pc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pc</em>' attribute.
	 * @see #getPc()
	 * @generated
	 */
	void setPc(long value);

	/**
	 * Returns the value of the '<em><b>Return Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value of rax at the return.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Return Value</em>' attribute.
	 * @see #setReturnValue(long)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_ReturnValue()
	 * @model
	 * @generated
	 */
	long getReturnValue();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getReturnValue <em>Return Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Value</em>' attribute.
	 * @see #getReturnValue()
	 * @generated
	 */
	void setReturnValue(long value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Date)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_Time()
	 * @model
	 * @generated
	 */
	Date getTime();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Date value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mechanism that caught the return, e.g. "uprobe" or "ptrace".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of this trigger since checkpointing started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see org.cruise.model.CruisePackage#getTriggerEvent_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link org.cruise.model.TriggerEvent#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

} // TriggerEvent
