/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One thread of the process at checkpoint time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.ThreadState#getTid <em>Tid</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getFsBase <em>Fs Base</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getGsBase <em>Gs Base</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getSigmask <em>Sigmask</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getXstateSize <em>Xstate Size</em>}</li>
 *   <li>{@link org.cruise.model.ThreadState#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getThreadState()
 * @model
 * @generated
 */
public interface ThreadState extends EObject {
	/**
	 * Returns the value of the '<em><b>Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tid</em>' attribute.
	 * @see #setTid(int)
	 * @see org.cruise.model.CruisePackage#getThreadState_Tid()
	 * @model
	 * @generated
	 */
	int getTid();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getTid <em>Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tid</em>' attribute.
	 * @see #getTid()
	 * @generated
	 */
	void setTid(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Thread name as in /proc/PID/task/TID/comm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cruise.model.CruisePackage#getThreadState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Registers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registers</em>' containment reference.
	 * @see #setRegisters(Registers)
	 * @see org.cruise.model.CruisePackage#getThreadState_Registers()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Registers getRegisters();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getRegisters <em>Registers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registers</em>' containment reference.
	 * @see #getRegisters()
	 * @generated
	 */
	void setRegisters(Registers value);

	/**
	 * Returns the value of the '<em><b>Fs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FS segment base (the TLS pointer on x86-64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fs Base</em>' attribute.
	 * @see #setFsBase(long)
	 * @see org.cruise.model.CruisePackage#getThreadState_FsBase()
	 * @model
	 * @generated
	 */
	long getFsBase();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getFsBase <em>Fs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs Base</em>' attribute.
	 * @see #getFsBase()
	 * @generated
	 */
	void setFsBase(long value);

	/**
	 * Returns the value of the '<em><b>Gs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gs Base</em>' attribute.
	 * @see #setGsBase(long)
	 * @see org.cruise.model.CruisePackage#getThreadState_GsBase()
	 * @model
	 * @generated
	 */
	long getGsBase();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getGsBase <em>Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gs Base</em>' attribute.
	 * @see #getGsBase()
	 * @generated
	 */
	void setGsBase(long value);

	/**
	 * Returns the value of the '<em><b>Sigmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Blocked signals: bit N-1 set means signal N is blocked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sigmask</em>' attribute.
	 * @see #setSigmask(long)
	 * @see org.cruise.model.CruisePackage#getThreadState_Sigmask()
	 * @model
	 * @generated
	 */
	long getSigmask();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getSigmask <em>Sigmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sigmask</em>' attribute.
	 * @see #getSigmask()
	 * @generated
	 */
	void setSigmask(long value);

	/**
	 * Returns the value of the '<em><b>Xstate Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes of the saved extended (FPU/SSE/AVX) register state, kept in a file of the snapshot directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xstate Size</em>' attribute.
	 * @see #setXstateSize(int)
	 * @see org.cruise.model.CruisePackage#getThreadState_XstateSize()
	 * @model
	 * @generated
	 */
	int getXstateSize();

	/**
	 * Sets the value of the '{@link org.cruise.model.ThreadState#getXstateSize <em>Xstate Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xstate Size</em>' attribute.
	 * @see #getXstateSize()
	 * @generated
	 */
	void setXstateSize(int value);

	/**
	 * Returns the value of the '<em><b>Frames</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.Frame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unwound call stack, innermost frame first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frames</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getThreadState_Frames()
	 * @model containment="true"
	 * @generated
	 */
	EList<Frame> getFrames();

} // ThreadState
