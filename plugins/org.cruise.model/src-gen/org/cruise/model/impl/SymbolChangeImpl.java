/**
 */
package org.cruise.model.impl;

import org.cruise.model.ChangeKind;
import org.cruise.model.CruisePackage;
import org.cruise.model.SymbolChange;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Symbol Change</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getOldAddress <em>Old Address</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getOldSize <em>Old Size</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getNewAddress <em>New Address</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getNewSize <em>New Size</em>}</li>
 *   <li>{@link org.cruise.model.impl.SymbolChangeImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SymbolChangeImpl extends MinimalEObjectImpl.Container implements SymbolChange {
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
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeKind KIND_EDEFAULT = ChangeKind.UNCHANGED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ChangeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldAddress() <em>Old Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long OLD_ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOldAddress() <em>Old Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldAddress()
	 * @generated
	 * @ordered
	 */
	protected long oldAddress = OLD_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOldSize() <em>Old Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldSize()
	 * @generated
	 * @ordered
	 */
	protected static final long OLD_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOldSize() <em>Old Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldSize()
	 * @generated
	 * @ordered
	 */
	protected long oldSize = OLD_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewAddress() <em>New Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long NEW_ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNewAddress() <em>New Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewAddress()
	 * @generated
	 * @ordered
	 */
	protected long newAddress = NEW_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewSize() <em>New Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewSize()
	 * @generated
	 * @ordered
	 */
	protected static final long NEW_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNewSize() <em>New Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewSize()
	 * @generated
	 * @ordered
	 */
	protected long newSize = NEW_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SymbolChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.SYMBOL_CHANGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ChangeKind newKind) {
		ChangeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOldAddress() {
		return oldAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldAddress(long newOldAddress) {
		long oldOldAddress = oldAddress;
		oldAddress = newOldAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__OLD_ADDRESS, oldOldAddress, oldAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOldSize() {
		return oldSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldSize(long newOldSize) {
		long oldOldSize = oldSize;
		oldSize = newOldSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__OLD_SIZE, oldOldSize, oldSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNewAddress() {
		return newAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewAddress(long newNewAddress) {
		long oldNewAddress = newAddress;
		newAddress = newNewAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__NEW_ADDRESS, oldNewAddress, newAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNewSize() {
		return newSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewSize(long newNewSize) {
		long oldNewSize = newSize;
		newSize = newNewSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__NEW_SIZE, oldNewSize, newSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SYMBOL_CHANGE__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.SYMBOL_CHANGE__NAME:
				return getName();
			case CruisePackage.SYMBOL_CHANGE__SCOPE:
				return getScope();
			case CruisePackage.SYMBOL_CHANGE__KIND:
				return getKind();
			case CruisePackage.SYMBOL_CHANGE__OLD_ADDRESS:
				return getOldAddress();
			case CruisePackage.SYMBOL_CHANGE__OLD_SIZE:
				return getOldSize();
			case CruisePackage.SYMBOL_CHANGE__NEW_ADDRESS:
				return getNewAddress();
			case CruisePackage.SYMBOL_CHANGE__NEW_SIZE:
				return getNewSize();
			case CruisePackage.SYMBOL_CHANGE__REASON:
				return getReason();
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
			case CruisePackage.SYMBOL_CHANGE__NAME:
				setName((String)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__SCOPE:
				setScope((String)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__KIND:
				setKind((ChangeKind)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__OLD_ADDRESS:
				setOldAddress((Long)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__OLD_SIZE:
				setOldSize((Long)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__NEW_ADDRESS:
				setNewAddress((Long)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__NEW_SIZE:
				setNewSize((Long)newValue);
				return;
			case CruisePackage.SYMBOL_CHANGE__REASON:
				setReason((String)newValue);
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
			case CruisePackage.SYMBOL_CHANGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__OLD_ADDRESS:
				setOldAddress(OLD_ADDRESS_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__OLD_SIZE:
				setOldSize(OLD_SIZE_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__NEW_ADDRESS:
				setNewAddress(NEW_ADDRESS_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__NEW_SIZE:
				setNewSize(NEW_SIZE_EDEFAULT);
				return;
			case CruisePackage.SYMBOL_CHANGE__REASON:
				setReason(REASON_EDEFAULT);
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
			case CruisePackage.SYMBOL_CHANGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CruisePackage.SYMBOL_CHANGE__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case CruisePackage.SYMBOL_CHANGE__KIND:
				return kind != KIND_EDEFAULT;
			case CruisePackage.SYMBOL_CHANGE__OLD_ADDRESS:
				return oldAddress != OLD_ADDRESS_EDEFAULT;
			case CruisePackage.SYMBOL_CHANGE__OLD_SIZE:
				return oldSize != OLD_SIZE_EDEFAULT;
			case CruisePackage.SYMBOL_CHANGE__NEW_ADDRESS:
				return newAddress != NEW_ADDRESS_EDEFAULT;
			case CruisePackage.SYMBOL_CHANGE__NEW_SIZE:
				return newSize != NEW_SIZE_EDEFAULT;
			case CruisePackage.SYMBOL_CHANGE__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", scope: ");
		result.append(scope);
		result.append(", kind: ");
		result.append(kind);
		result.append(", oldAddress: ");
		result.append(oldAddress);
		result.append(", oldSize: ");
		result.append(oldSize);
		result.append(", newAddress: ");
		result.append(newAddress);
		result.append(", newSize: ");
		result.append(newSize);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //SymbolChangeImpl
