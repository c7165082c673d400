/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.SignalAction;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signal Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getSignal <em>Signal</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getHandler <em>Handler</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getRestorer <em>Restorer</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getMask <em>Mask</em>}</li>
 *   <li>{@link org.cruise.model.impl.SignalActionImpl#getHandlerSymbol <em>Handler Symbol</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignalActionImpl extends MinimalEObjectImpl.Container implements SignalAction {
	/**
	 * The default value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected static final int SIGNAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSignal() <em>Signal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignal()
	 * @generated
	 * @ordered
	 */
	protected int signal = SIGNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandler() <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected static final long HANDLER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHandler() <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected long handler = HANDLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRestorer() <em>Restorer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestorer()
	 * @generated
	 * @ordered
	 */
	protected static final long RESTORER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRestorer() <em>Restorer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestorer()
	 * @generated
	 * @ordered
	 */
	protected long restorer = RESTORER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final long FLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected long flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMask() <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMask()
	 * @generated
	 * @ordered
	 */
	protected static final long MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMask() <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMask()
	 * @generated
	 * @ordered
	 */
	protected long mask = MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandlerSymbol() <em>Handler Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlerSymbol()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLER_SYMBOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandlerSymbol() <em>Handler Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandlerSymbol()
	 * @generated
	 * @ordered
	 */
	protected String handlerSymbol = HANDLER_SYMBOL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignalActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.SIGNAL_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSignal() {
		return signal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignal(int newSignal) {
		int oldSignal = signal;
		signal = newSignal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__SIGNAL, oldSignal, signal));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHandler() {
		return handler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandler(long newHandler) {
		long oldHandler = handler;
		handler = newHandler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__HANDLER, oldHandler, handler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRestorer() {
		return restorer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestorer(long newRestorer) {
		long oldRestorer = restorer;
		restorer = newRestorer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__RESTORER, oldRestorer, restorer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(long newFlags) {
		long oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMask() {
		return mask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMask(long newMask) {
		long oldMask = mask;
		mask = newMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__MASK, oldMask, mask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandlerSymbol() {
		return handlerSymbol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandlerSymbol(String newHandlerSymbol) {
		String oldHandlerSymbol = handlerSymbol;
		handlerSymbol = newHandlerSymbol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SIGNAL_ACTION__HANDLER_SYMBOL, oldHandlerSymbol, handlerSymbol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.SIGNAL_ACTION__SIGNAL:
				return getSignal();
			case CruisePackage.SIGNAL_ACTION__NAME:
				return getName();
			case CruisePackage.SIGNAL_ACTION__HANDLER:
				return getHandler();
			case CruisePackage.SIGNAL_ACTION__RESTORER:
				return getRestorer();
			case CruisePackage.SIGNAL_ACTION__FLAGS:
				return getFlags();
			case CruisePackage.SIGNAL_ACTION__MASK:
				return getMask();
			case CruisePackage.SIGNAL_ACTION__HANDLER_SYMBOL:
				return getHandlerSymbol();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CruisePackage.SIGNAL_ACTION__SIGNAL:
				setSignal((Integer)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__NAME:
				setName((String)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__HANDLER:
				setHandler((Long)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__RESTORER:
				setRestorer((Long)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__FLAGS:
				setFlags((Long)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__MASK:
				setMask((Long)newValue);
				return;
			case CruisePackage.SIGNAL_ACTION__HANDLER_SYMBOL:
				setHandlerSymbol((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CruisePackage.SIGNAL_ACTION__SIGNAL:
				setSignal(SIGNAL_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__HANDLER:
				setHandler(HANDLER_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__RESTORER:
				setRestorer(RESTORER_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__MASK:
				setMask(MASK_EDEFAULT);
				return;
			case CruisePackage.SIGNAL_ACTION__HANDLER_SYMBOL:
				setHandlerSymbol(HANDLER_SYMBOL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CruisePackage.SIGNAL_ACTION__SIGNAL:
				return signal != SIGNAL_EDEFAULT;
			case CruisePackage.SIGNAL_ACTION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CruisePackage.SIGNAL_ACTION__HANDLER:
				return handler != HANDLER_EDEFAULT;
			case CruisePackage.SIGNAL_ACTION__RESTORER:
				return restorer != RESTORER_EDEFAULT;
			case CruisePackage.SIGNAL_ACTION__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case CruisePackage.SIGNAL_ACTION__MASK:
				return mask != MASK_EDEFAULT;
			case CruisePackage.SIGNAL_ACTION__HANDLER_SYMBOL:
				return HANDLER_SYMBOL_EDEFAULT == null ? handlerSymbol != null : !HANDLER_SYMBOL_EDEFAULT.equals(handlerSymbol);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (signal: ");
		result.append(signal);
		result.append(", name: ");
		result.append(name);
		result.append(", handler: ");
		result.append(handler);
		result.append(", restorer: ");
		result.append(restorer);
		result.append(", flags: ");
		result.append(flags);
		result.append(", mask: ");
		result.append(mask);
		result.append(", handlerSymbol: ");
		result.append(handlerSymbol);
		result.append(')');
		return result.toString();
	}

} //SignalActionImpl
