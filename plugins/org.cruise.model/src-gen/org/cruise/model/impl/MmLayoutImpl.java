/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.MmLayout;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mm Layout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getStartCode <em>Start Code</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getEndCode <em>End Code</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getStartData <em>Start Data</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getEndData <em>End Data</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getStartBrk <em>Start Brk</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getBrk <em>Brk</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getStartStack <em>Start Stack</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getArgStart <em>Arg Start</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getArgEnd <em>Arg End</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getEnvStart <em>Env Start</em>}</li>
 *   <li>{@link org.cruise.model.impl.MmLayoutImpl#getEnvEnd <em>Env End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MmLayoutImpl extends MinimalEObjectImpl.Container implements MmLayout {
	/**
	 * The default value of the '{@link #getStartCode() <em>Start Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCode()
	 * @generated
	 * @ordered
	 */
	protected static final long START_CODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartCode() <em>Start Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartCode()
	 * @generated
	 * @ordered
	 */
	protected long startCode = START_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndCode() <em>End Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndCode()
	 * @generated
	 * @ordered
	 */
	protected static final long END_CODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndCode() <em>End Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndCode()
	 * @generated
	 * @ordered
	 */
	protected long endCode = END_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartData() <em>Start Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartData()
	 * @generated
	 * @ordered
	 */
	protected static final long START_DATA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartData() <em>Start Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartData()
	 * @generated
	 * @ordered
	 */
	protected long startData = START_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndData() <em>End Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndData()
	 * @generated
	 * @ordered
	 */
	protected static final long END_DATA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndData() <em>End Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndData()
	 * @generated
	 * @ordered
	 */
	protected long endData = END_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartBrk() <em>Start Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartBrk()
	 * @generated
	 * @ordered
	 */
	protected static final long START_BRK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartBrk() <em>Start Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartBrk()
	 * @generated
	 * @ordered
	 */
	protected long startBrk = START_BRK_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrk() <em>Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrk()
	 * @generated
	 * @ordered
	 */
	protected static final long BRK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBrk() <em>Brk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrk()
	 * @generated
	 * @ordered
	 */
	protected long brk = BRK_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartStack() <em>Start Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartStack()
	 * @generated
	 * @ordered
	 */
	protected static final long START_STACK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartStack() <em>Start Stack</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartStack()
	 * @generated
	 * @ordered
	 */
	protected long startStack = START_STACK_EDEFAULT;

	/**
	 * The default value of the '{@link #getArgStart() <em>Arg Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgStart()
	 * @generated
	 * @ordered
	 */
	protected static final long ARG_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getArgStart() <em>Arg Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgStart()
	 * @generated
	 * @ordered
	 */
	protected long argStart = ARG_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getArgEnd() <em>Arg End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long ARG_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getArgEnd() <em>Arg End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArgEnd()
	 * @generated
	 * @ordered
	 */
	protected long argEnd = ARG_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnvStart() <em>Env Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvStart()
	 * @generated
	 * @ordered
	 */
	protected static final long ENV_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEnvStart() <em>Env Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvStart()
	 * @generated
	 * @ordered
	 */
	protected long envStart = ENV_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnvEnd() <em>Env End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long ENV_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEnvEnd() <em>Env End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvEnd()
	 * @generated
	 * @ordered
	 */
	protected long envEnd = ENV_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmLayoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.MM_LAYOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartCode() {
		return startCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartCode(long newStartCode) {
		long oldStartCode = startCode;
		startCode = newStartCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__START_CODE, oldStartCode, startCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndCode() {
		return endCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndCode(long newEndCode) {
		long oldEndCode = endCode;
		endCode = newEndCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__END_CODE, oldEndCode, endCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartData() {
		return startData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartData(long newStartData) {
		long oldStartData = startData;
		startData = newStartData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__START_DATA, oldStartData, startData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndData() {
		return endData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndData(long newEndData) {
		long oldEndData = endData;
		endData = newEndData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__END_DATA, oldEndData, endData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartBrk() {
		return startBrk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartBrk(long newStartBrk) {
		long oldStartBrk = startBrk;
		startBrk = newStartBrk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__START_BRK, oldStartBrk, startBrk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBrk() {
		return brk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrk(long newBrk) {
		long oldBrk = brk;
		brk = newBrk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__BRK, oldBrk, brk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartStack() {
		return startStack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartStack(long newStartStack) {
		long oldStartStack = startStack;
		startStack = newStartStack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__START_STACK, oldStartStack, startStack));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getArgStart() {
		return argStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArgStart(long newArgStart) {
		long oldArgStart = argStart;
		argStart = newArgStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__ARG_START, oldArgStart, argStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getArgEnd() {
		return argEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArgEnd(long newArgEnd) {
		long oldArgEnd = argEnd;
		argEnd = newArgEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__ARG_END, oldArgEnd, argEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEnvStart() {
		return envStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvStart(long newEnvStart) {
		long oldEnvStart = envStart;
		envStart = newEnvStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__ENV_START, oldEnvStart, envStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEnvEnd() {
		return envEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvEnd(long newEnvEnd) {
		long oldEnvEnd = envEnd;
		envEnd = newEnvEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MM_LAYOUT__ENV_END, oldEnvEnd, envEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.MM_LAYOUT__START_CODE:
				return getStartCode();
			case CruisePackage.MM_LAYOUT__END_CODE:
				return getEndCode();
			case CruisePackage.MM_LAYOUT__START_DATA:
				return getStartData();
			case CruisePackage.MM_LAYOUT__END_DATA:
				return getEndData();
			case CruisePackage.MM_LAYOUT__START_BRK:
				return getStartBrk();
			case CruisePackage.MM_LAYOUT__BRK:
				return getBrk();
			case CruisePackage.MM_LAYOUT__START_STACK:
				return getStartStack();
			case CruisePackage.MM_LAYOUT__ARG_START:
				return getArgStart();
			case CruisePackage.MM_LAYOUT__ARG_END:
				return getArgEnd();
			case CruisePackage.MM_LAYOUT__ENV_START:
				return getEnvStart();
			case CruisePackage.MM_LAYOUT__ENV_END:
				return getEnvEnd();
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
			case CruisePackage.MM_LAYOUT__START_CODE:
				setStartCode((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__END_CODE:
				setEndCode((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__START_DATA:
				setStartData((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__END_DATA:
				setEndData((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__START_BRK:
				setStartBrk((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__BRK:
				setBrk((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__START_STACK:
				setStartStack((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__ARG_START:
				setArgStart((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__ARG_END:
				setArgEnd((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__ENV_START:
				setEnvStart((Long)newValue);
				return;
			case CruisePackage.MM_LAYOUT__ENV_END:
				setEnvEnd((Long)newValue);
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
			case CruisePackage.MM_LAYOUT__START_CODE:
				setStartCode(START_CODE_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__END_CODE:
				setEndCode(END_CODE_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__START_DATA:
				setStartData(START_DATA_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__END_DATA:
				setEndData(END_DATA_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__START_BRK:
				setStartBrk(START_BRK_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__BRK:
				setBrk(BRK_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__START_STACK:
				setStartStack(START_STACK_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__ARG_START:
				setArgStart(ARG_START_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__ARG_END:
				setArgEnd(ARG_END_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__ENV_START:
				setEnvStart(ENV_START_EDEFAULT);
				return;
			case CruisePackage.MM_LAYOUT__ENV_END:
				setEnvEnd(ENV_END_EDEFAULT);
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
			case CruisePackage.MM_LAYOUT__START_CODE:
				return startCode != START_CODE_EDEFAULT;
			case CruisePackage.MM_LAYOUT__END_CODE:
				return endCode != END_CODE_EDEFAULT;
			case CruisePackage.MM_LAYOUT__START_DATA:
				return startData != START_DATA_EDEFAULT;
			case CruisePackage.MM_LAYOUT__END_DATA:
				return endData != END_DATA_EDEFAULT;
			case CruisePackage.MM_LAYOUT__START_BRK:
				return startBrk != START_BRK_EDEFAULT;
			case CruisePackage.MM_LAYOUT__BRK:
				return brk != BRK_EDEFAULT;
			case CruisePackage.MM_LAYOUT__START_STACK:
				return startStack != START_STACK_EDEFAULT;
			case CruisePackage.MM_LAYOUT__ARG_START:
				return argStart != ARG_START_EDEFAULT;
			case CruisePackage.MM_LAYOUT__ARG_END:
				return argEnd != ARG_END_EDEFAULT;
			case CruisePackage.MM_LAYOUT__ENV_START:
				return envStart != ENV_START_EDEFAULT;
			case CruisePackage.MM_LAYOUT__ENV_END:
				return envEnd != ENV_END_EDEFAULT;
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
		result.append(" (startCode: ");
		result.append(startCode);
		result.append(", endCode: ");
		result.append(endCode);
		result.append(", startData: ");
		result.append(startData);
		result.append(", endData: ");
		result.append(endData);
		result.append(", startBrk: ");
		result.append(startBrk);
		result.append(", brk: ");
		result.append(brk);
		result.append(", startStack: ");
		result.append(startStack);
		result.append(", argStart: ");
		result.append(argStart);
		result.append(", argEnd: ");
		result.append(argEnd);
		result.append(", envStart: ");
		result.append(envStart);
		result.append(", envEnd: ");
		result.append(envEnd);
		result.append(')');
		return result.toString();
	}

} //MmLayoutImpl
