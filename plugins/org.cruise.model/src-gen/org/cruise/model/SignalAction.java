/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signal Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Disposition of one signal (struct kernel_sigaction).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.SignalAction#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getHandler <em>Handler</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getRestorer <em>Restorer</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getMask <em>Mask</em>}</li>
 *   <li>{@link org.cruise.model.SignalAction#getHandlerSymbol <em>Handler Symbol</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getSignalAction()
 * @model
 * @generated
 */
public interface SignalAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal</em>' attribute.
	 * @see #setSignal(int)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Signal()
	 * @model
	 * @generated
	 */
	int getSignal();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getSignal <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signal</em>' attribute.
	 * @see #getSignal()
	 * @generated
	 */
	void setSignal(int value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. "SIGHUP".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Handler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handler address, or 0 (SIG_DFL) / 1 (SIG_IGN); a handler in the program must be mapped to the new binary on update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handler</em>' attribute.
	 * @see #setHandler(long)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Handler()
	 * @model
	 * @generated
	 */
	long getHandler();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getHandler <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handler</em>' attribute.
	 * @see #getHandler()
	 * @generated
	 */
	void setHandler(long value);

	/**
	 * Returns the value of the '<em><b>Restorer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Restorer</em>' attribute.
	 * @see #setRestorer(long)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Restorer()
	 * @model
	 * @generated
	 */
	long getRestorer();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getRestorer <em>Restorer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Restorer</em>' attribute.
	 * @see #getRestorer()
	 * @generated
	 */
	void setRestorer(long value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SA_* flags.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(long)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Flags()
	 * @model
	 * @generated
	 */
	long getFlags();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(long value);

	/**
	 * Returns the value of the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signals blocked while the handler runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mask</em>' attribute.
	 * @see #setMask(long)
	 * @see org.cruise.model.CruisePackage#getSignalAction_Mask()
	 * @model
	 * @generated
	 */
	long getMask();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getMask <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask</em>' attribute.
	 * @see #getMask()
	 * @generated
	 */
	void setMask(long value);

	/**
	 * Returns the value of the '<em><b>Handler Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol at handler, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handler Symbol</em>' attribute.
	 * @see #setHandlerSymbol(String)
	 * @see org.cruise.model.CruisePackage#getSignalAction_HandlerSymbol()
	 * @model
	 * @generated
	 */
	String getHandlerSymbol();

	/**
	 * Sets the value of the '{@link org.cruise.model.SignalAction#getHandlerSymbol <em>Handler Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handler Symbol</em>' attribute.
	 * @see #getHandlerSymbol()
	 * @generated
	 */
	void setHandlerSymbol(String value);

} // SignalAction
