/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.SocketInfo;
import org.cruise.model.TcpRepairState;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Socket Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getState <em>State</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getBacklog <em>Backlog</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getInode <em>Inode</em>}</li>
 *   <li>{@link org.cruise.model.impl.SocketInfoImpl#getTcpRepair <em>Tcp Repair</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SocketInfoImpl extends MinimalEObjectImpl.Container implements SocketInfo {
	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalAddress() <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalAddress()
	 * @generated
	 * @ordered
	 */
	protected String localAddress = LOCAL_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected static final int LOCAL_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLocalPort() <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPort()
	 * @generated
	 * @ordered
	 */
	protected int localPort = LOCAL_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteAddress() <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteAddress()
	 * @generated
	 * @ordered
	 */
	protected String remoteAddress = REMOTE_ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected static final int REMOTE_PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRemotePort() <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemotePort()
	 * @generated
	 * @ordered
	 */
	protected int remotePort = REMOTE_PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final String STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected String state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBacklog() <em>Backlog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBacklog()
	 * @generated
	 * @ordered
	 */
	protected static final int BACKLOG_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBacklog() <em>Backlog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBacklog()
	 * @generated
	 * @ordered
	 */
	protected int backlog = BACKLOG_EDEFAULT;

	/**
	 * The default value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected static final long INODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected long inode = INODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTcpRepair() <em>Tcp Repair</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTcpRepair()
	 * @generated
	 * @ordered
	 */
	protected TcpRepairState tcpRepair;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SocketInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.SOCKET_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalAddress() {
		return localAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalAddress(String newLocalAddress) {
		String oldLocalAddress = localAddress;
		localAddress = newLocalAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__LOCAL_ADDRESS, oldLocalAddress, localAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLocalPort() {
		return localPort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalPort(int newLocalPort) {
		int oldLocalPort = localPort;
		localPort = newLocalPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__LOCAL_PORT, oldLocalPort, localPort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteAddress() {
		return remoteAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteAddress(String newRemoteAddress) {
		String oldRemoteAddress = remoteAddress;
		remoteAddress = newRemoteAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__REMOTE_ADDRESS, oldRemoteAddress, remoteAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRemotePort() {
		return remotePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemotePort(int newRemotePort) {
		int oldRemotePort = remotePort;
		remotePort = newRemotePort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__REMOTE_PORT, oldRemotePort, remotePort));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(String newState) {
		String oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBacklog() {
		return backlog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBacklog(int newBacklog) {
		int oldBacklog = backlog;
		backlog = newBacklog;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__BACKLOG, oldBacklog, backlog));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInode() {
		return inode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInode(long newInode) {
		long oldInode = inode;
		inode = newInode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__INODE, oldInode, inode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TcpRepairState getTcpRepair() {
		return tcpRepair;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTcpRepair(TcpRepairState newTcpRepair, NotificationChain msgs) {
		TcpRepairState oldTcpRepair = tcpRepair;
		tcpRepair = newTcpRepair;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__TCP_REPAIR, oldTcpRepair, newTcpRepair);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTcpRepair(TcpRepairState newTcpRepair) {
		if (newTcpRepair != tcpRepair) {
			NotificationChain msgs = null;
			if (tcpRepair != null)
				msgs = ((InternalEObject)tcpRepair).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SOCKET_INFO__TCP_REPAIR, null, msgs);
			if (newTcpRepair != null)
				msgs = ((InternalEObject)newTcpRepair).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SOCKET_INFO__TCP_REPAIR, null, msgs);
			msgs = basicSetTcpRepair(newTcpRepair, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SOCKET_INFO__TCP_REPAIR, newTcpRepair, newTcpRepair));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.SOCKET_INFO__TCP_REPAIR:
				return basicSetTcpRepair(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.SOCKET_INFO__FAMILY:
				return getFamily();
			case CruisePackage.SOCKET_INFO__TYPE:
				return getType();
			case CruisePackage.SOCKET_INFO__LOCAL_ADDRESS:
				return getLocalAddress();
			case CruisePackage.SOCKET_INFO__LOCAL_PORT:
				return getLocalPort();
			case CruisePackage.SOCKET_INFO__REMOTE_ADDRESS:
				return getRemoteAddress();
			case CruisePackage.SOCKET_INFO__REMOTE_PORT:
				return getRemotePort();
			case CruisePackage.SOCKET_INFO__STATE:
				return getState();
			case CruisePackage.SOCKET_INFO__BACKLOG:
				return getBacklog();
			case CruisePackage.SOCKET_INFO__INODE:
				return getInode();
			case CruisePackage.SOCKET_INFO__TCP_REPAIR:
				return getTcpRepair();
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
			case CruisePackage.SOCKET_INFO__FAMILY:
				setFamily((String)newValue);
				return;
			case CruisePackage.SOCKET_INFO__TYPE:
				setType((String)newValue);
				return;
			case CruisePackage.SOCKET_INFO__LOCAL_ADDRESS:
				setLocalAddress((String)newValue);
				return;
			case CruisePackage.SOCKET_INFO__LOCAL_PORT:
				setLocalPort((Integer)newValue);
				return;
			case CruisePackage.SOCKET_INFO__REMOTE_ADDRESS:
				setRemoteAddress((String)newValue);
				return;
			case CruisePackage.SOCKET_INFO__REMOTE_PORT:
				setRemotePort((Integer)newValue);
				return;
			case CruisePackage.SOCKET_INFO__STATE:
				setState((String)newValue);
				return;
			case CruisePackage.SOCKET_INFO__BACKLOG:
				setBacklog((Integer)newValue);
				return;
			case CruisePackage.SOCKET_INFO__INODE:
				setInode((Long)newValue);
				return;
			case CruisePackage.SOCKET_INFO__TCP_REPAIR:
				setTcpRepair((TcpRepairState)newValue);
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
			case CruisePackage.SOCKET_INFO__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__LOCAL_ADDRESS:
				setLocalAddress(LOCAL_ADDRESS_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__LOCAL_PORT:
				setLocalPort(LOCAL_PORT_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__REMOTE_ADDRESS:
				setRemoteAddress(REMOTE_ADDRESS_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__REMOTE_PORT:
				setRemotePort(REMOTE_PORT_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__STATE:
				setState(STATE_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__BACKLOG:
				setBacklog(BACKLOG_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__INODE:
				setInode(INODE_EDEFAULT);
				return;
			case CruisePackage.SOCKET_INFO__TCP_REPAIR:
				setTcpRepair((TcpRepairState)null);
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
			case CruisePackage.SOCKET_INFO__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case CruisePackage.SOCKET_INFO__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case CruisePackage.SOCKET_INFO__LOCAL_ADDRESS:
				return LOCAL_ADDRESS_EDEFAULT == null ? localAddress != null : !LOCAL_ADDRESS_EDEFAULT.equals(localAddress);
			case CruisePackage.SOCKET_INFO__LOCAL_PORT:
				return localPort != LOCAL_PORT_EDEFAULT;
			case CruisePackage.SOCKET_INFO__REMOTE_ADDRESS:
				return REMOTE_ADDRESS_EDEFAULT == null ? remoteAddress != null : !REMOTE_ADDRESS_EDEFAULT.equals(remoteAddress);
			case CruisePackage.SOCKET_INFO__REMOTE_PORT:
				return remotePort != REMOTE_PORT_EDEFAULT;
			case CruisePackage.SOCKET_INFO__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case CruisePackage.SOCKET_INFO__BACKLOG:
				return backlog != BACKLOG_EDEFAULT;
			case CruisePackage.SOCKET_INFO__INODE:
				return inode != INODE_EDEFAULT;
			case CruisePackage.SOCKET_INFO__TCP_REPAIR:
				return tcpRepair != null;
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
		result.append(" (family: ");
		result.append(family);
		result.append(", type: ");
		result.append(type);
		result.append(", localAddress: ");
		result.append(localAddress);
		result.append(", localPort: ");
		result.append(localPort);
		result.append(", remoteAddress: ");
		result.append(remoteAddress);
		result.append(", remotePort: ");
		result.append(remotePort);
		result.append(", state: ");
		result.append(state);
		result.append(", backlog: ");
		result.append(backlog);
		result.append(", inode: ");
		result.append(inode);
		result.append(')');
		return result.toString();
	}

} //SocketInfoImpl
