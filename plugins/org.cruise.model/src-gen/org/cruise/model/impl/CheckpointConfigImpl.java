/**
 */
package org.cruise.model.impl;

import java.util.Collection;

import org.cruise.model.CheckpointConfig;
import org.cruise.model.CruisePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checkpoint Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getProgram <em>Program</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getCommand <em>Command</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getStore <em>Store</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getKeepLast <em>Keep Last</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#getMinIntervalMillis <em>Min Interval Millis</em>}</li>
 *   <li>{@link org.cruise.model.impl.CheckpointConfigImpl#isTcp <em>Tcp</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CheckpointConfigImpl extends MinimalEObjectImpl.Container implements CheckpointConfig {
	/**
	 * The default value of the '{@link #getProgram() <em>Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgram()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRAM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgram() <em>Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgram()
	 * @generated
	 * @ordered
	 */
	protected String program = PROGRAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected int pid = PID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommand() <em>Command</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommand()
	 * @generated
	 * @ordered
	 */
	protected EList<String> command;

	/**
	 * The default value of the '{@link #getStore() <em>Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStore()
	 * @generated
	 * @ordered
	 */
	protected static final String STORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStore() <em>Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStore()
	 * @generated
	 * @ordered
	 */
	protected String store = STORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> functions;

	/**
	 * The default value of the '{@link #getKeepLast() <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepLast()
	 * @generated
	 * @ordered
	 */
	protected static final int KEEP_LAST_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKeepLast() <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepLast()
	 * @generated
	 * @ordered
	 */
	protected int keepLast = KEEP_LAST_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinIntervalMillis() <em>Min Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long MIN_INTERVAL_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMinIntervalMillis() <em>Min Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinIntervalMillis()
	 * @generated
	 * @ordered
	 */
	protected long minIntervalMillis = MIN_INTERVAL_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isTcp() <em>Tcp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTcp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TCP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTcp() <em>Tcp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTcp()
	 * @generated
	 * @ordered
	 */
	protected boolean tcp = TCP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CheckpointConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.CHECKPOINT_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgram() {
		return program;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgram(String newProgram) {
		String oldProgram = program;
		program = newProgram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__PROGRAM, oldProgram, program));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(int newPid) {
		int oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCommand() {
		if (command == null) {
			command = new EDataTypeEList<String>(String.class, this, CruisePackage.CHECKPOINT_CONFIG__COMMAND);
		}
		return command;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStore() {
		return store;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStore(String newStore) {
		String oldStore = store;
		store = newStore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__STORE, oldStore, store));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFunctions() {
		if (functions == null) {
			functions = new EDataTypeEList<String>(String.class, this, CruisePackage.CHECKPOINT_CONFIG__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeepLast() {
		return keepLast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepLast(int newKeepLast) {
		int oldKeepLast = keepLast;
		keepLast = newKeepLast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__KEEP_LAST, oldKeepLast, keepLast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMinIntervalMillis() {
		return minIntervalMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinIntervalMillis(long newMinIntervalMillis) {
		long oldMinIntervalMillis = minIntervalMillis;
		minIntervalMillis = newMinIntervalMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS, oldMinIntervalMillis, minIntervalMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTcp() {
		return tcp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcp(boolean newTcp) {
		boolean oldTcp = tcp;
		tcp = newTcp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.CHECKPOINT_CONFIG__TCP, oldTcp, tcp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.CHECKPOINT_CONFIG__PROGRAM:
				return getProgram();
			case CruisePackage.CHECKPOINT_CONFIG__PID:
				return getPid();
			case CruisePackage.CHECKPOINT_CONFIG__COMMAND:
				return getCommand();
			case CruisePackage.CHECKPOINT_CONFIG__STORE:
				return getStore();
			case CruisePackage.CHECKPOINT_CONFIG__FUNCTIONS:
				return getFunctions();
			case CruisePackage.CHECKPOINT_CONFIG__KEEP_LAST:
				return getKeepLast();
			case CruisePackage.CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS:
				return getMinIntervalMillis();
			case CruisePackage.CHECKPOINT_CONFIG__TCP:
				return isTcp();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CruisePackage.CHECKPOINT_CONFIG__PROGRAM:
				setProgram((String)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__PID:
				setPid((Integer)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__COMMAND:
				getCommand().clear();
				getCommand().addAll((Collection<? extends String>)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__STORE:
				setStore((String)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends String>)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__KEEP_LAST:
				setKeepLast((Integer)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS:
				setMinIntervalMillis((Long)newValue);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__TCP:
				setTcp((Boolean)newValue);
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
			case CruisePackage.CHECKPOINT_CONFIG__PROGRAM:
				setProgram(PROGRAM_EDEFAULT);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__PID:
				setPid(PID_EDEFAULT);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__COMMAND:
				getCommand().clear();
				return;
			case CruisePackage.CHECKPOINT_CONFIG__STORE:
				setStore(STORE_EDEFAULT);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__FUNCTIONS:
				getFunctions().clear();
				return;
			case CruisePackage.CHECKPOINT_CONFIG__KEEP_LAST:
				setKeepLast(KEEP_LAST_EDEFAULT);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS:
				setMinIntervalMillis(MIN_INTERVAL_MILLIS_EDEFAULT);
				return;
			case CruisePackage.CHECKPOINT_CONFIG__TCP:
				setTcp(TCP_EDEFAULT);
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
			case CruisePackage.CHECKPOINT_CONFIG__PROGRAM:
				return PROGRAM_EDEFAULT == null ? program != null : !PROGRAM_EDEFAULT.equals(program);
			case CruisePackage.CHECKPOINT_CONFIG__PID:
				return pid != PID_EDEFAULT;
			case CruisePackage.CHECKPOINT_CONFIG__COMMAND:
				return command != null && !command.isEmpty();
			case CruisePackage.CHECKPOINT_CONFIG__STORE:
				return STORE_EDEFAULT == null ? store != null : !STORE_EDEFAULT.equals(store);
			case CruisePackage.CHECKPOINT_CONFIG__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case CruisePackage.CHECKPOINT_CONFIG__KEEP_LAST:
				return keepLast != KEEP_LAST_EDEFAULT;
			case CruisePackage.CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS:
				return minIntervalMillis != MIN_INTERVAL_MILLIS_EDEFAULT;
			case CruisePackage.CHECKPOINT_CONFIG__TCP:
				return tcp != TCP_EDEFAULT;
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
		result.append(" (program: ");
		result.append(program);
		result.append(", pid: ");
		result.append(pid);
		result.append(", command: ");
		result.append(command);
		result.append(", store: ");
		result.append(store);
		result.append(", functions: ");
		result.append(functions);
		result.append(", keepLast: ");
		result.append(keepLast);
		result.append(", minIntervalMillis: ");
		result.append(minIntervalMillis);
		result.append(", tcp: ");
		result.append(tcp);
		result.append(')');
		return result.toString();
	}

} //CheckpointConfigImpl
