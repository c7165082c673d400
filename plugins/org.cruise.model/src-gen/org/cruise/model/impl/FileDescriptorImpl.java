/**
 */
package org.cruise.model.impl;

import java.util.Collection;

import org.cruise.model.CruisePackage;
import org.cruise.model.EpollWatch;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.SocketInfo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File Descriptor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getFd <em>Fd</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#isCloseOnExec <em>Close On Exec</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getDetails <em>Details</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getEpollWatches <em>Epoll Watches</em>}</li>
 *   <li>{@link org.cruise.model.impl.FileDescriptorImpl#getSocket <em>Socket</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileDescriptorImpl extends MinimalEObjectImpl.Container implements FileDescriptor {
	/**
	 * The default value of the '{@link #getFd() <em>Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFd()
	 * @generated
	 * @ordered
	 */
	protected static final int FD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFd() <em>Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFd()
	 * @generated
	 * @ordered
	 */
	protected int fd = FD_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FdKind KIND_EDEFAULT = FdKind.REGULAR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FdKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #isCloseOnExec() <em>Close On Exec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCloseOnExec()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLOSE_ON_EXEC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCloseOnExec() <em>Close On Exec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCloseOnExec()
	 * @generated
	 * @ordered
	 */
	protected boolean closeOnExec = CLOSE_ON_EXEC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAILS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected String details = DETAILS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEpollWatches() <em>Epoll Watches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpollWatches()
	 * @generated
	 * @ordered
	 */
	protected EList<EpollWatch> epollWatches;

	/**
	 * The cached value of the '{@link #getSocket() <em>Socket</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSocket()
	 * @generated
	 * @ordered
	 */
	protected SocketInfo socket;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileDescriptorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.FILE_DESCRIPTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFd() {
		return fd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFd(int newFd) {
		int oldFd = fd;
		fd = newFd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__FD, oldFd, fd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FdKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FdKind newKind) {
		FdKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset) {
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCloseOnExec() {
		return closeOnExec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCloseOnExec(boolean newCloseOnExec) {
		boolean oldCloseOnExec = closeOnExec;
		closeOnExec = newCloseOnExec;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__CLOSE_ON_EXEC, oldCloseOnExec, closeOnExec));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetails() {
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetails(String newDetails) {
		String oldDetails = details;
		details = newDetails;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__DETAILS, oldDetails, details));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpollWatch> getEpollWatches() {
		if (epollWatches == null) {
			epollWatches = new EObjectContainmentEList<EpollWatch>(EpollWatch.class, this, CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES);
		}
		return epollWatches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocketInfo getSocket() {
		return socket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSocket(SocketInfo newSocket, NotificationChain msgs) {
		SocketInfo oldSocket = socket;
		socket = newSocket;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__SOCKET, oldSocket, newSocket);
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
	public void setSocket(SocketInfo newSocket) {
		if (newSocket != socket) {
			NotificationChain msgs = null;
			if (socket != null)
				msgs = ((InternalEObject)socket).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.FILE_DESCRIPTOR__SOCKET, null, msgs);
			if (newSocket != null)
				msgs = ((InternalEObject)newSocket).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.FILE_DESCRIPTOR__SOCKET, null, msgs);
			msgs = basicSetSocket(newSocket, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FILE_DESCRIPTOR__SOCKET, newSocket, newSocket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES:
				return ((InternalEList<?>)getEpollWatches()).basicRemove(otherEnd, msgs);
			case CruisePackage.FILE_DESCRIPTOR__SOCKET:
				return basicSetSocket(null, msgs);
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
			case CruisePackage.FILE_DESCRIPTOR__FD:
				return getFd();
			case CruisePackage.FILE_DESCRIPTOR__KIND:
				return getKind();
			case CruisePackage.FILE_DESCRIPTOR__PATH:
				return getPath();
			case CruisePackage.FILE_DESCRIPTOR__FLAGS:
				return getFlags();
			case CruisePackage.FILE_DESCRIPTOR__OFFSET:
				return getOffset();
			case CruisePackage.FILE_DESCRIPTOR__CLOSE_ON_EXEC:
				return isCloseOnExec();
			case CruisePackage.FILE_DESCRIPTOR__DETAILS:
				return getDetails();
			case CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES:
				return getEpollWatches();
			case CruisePackage.FILE_DESCRIPTOR__SOCKET:
				return getSocket();
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
			case CruisePackage.FILE_DESCRIPTOR__FD:
				setFd((Integer)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__KIND:
				setKind((FdKind)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__PATH:
				setPath((String)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__FLAGS:
				setFlags((Integer)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__OFFSET:
				setOffset((Long)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__CLOSE_ON_EXEC:
				setCloseOnExec((Boolean)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__DETAILS:
				setDetails((String)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES:
				getEpollWatches().clear();
				getEpollWatches().addAll((Collection<? extends EpollWatch>)newValue);
				return;
			case CruisePackage.FILE_DESCRIPTOR__SOCKET:
				setSocket((SocketInfo)newValue);
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
			case CruisePackage.FILE_DESCRIPTOR__FD:
				setFd(FD_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__CLOSE_ON_EXEC:
				setCloseOnExec(CLOSE_ON_EXEC_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__DETAILS:
				setDetails(DETAILS_EDEFAULT);
				return;
			case CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES:
				getEpollWatches().clear();
				return;
			case CruisePackage.FILE_DESCRIPTOR__SOCKET:
				setSocket((SocketInfo)null);
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
			case CruisePackage.FILE_DESCRIPTOR__FD:
				return fd != FD_EDEFAULT;
			case CruisePackage.FILE_DESCRIPTOR__KIND:
				return kind != KIND_EDEFAULT;
			case CruisePackage.FILE_DESCRIPTOR__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CruisePackage.FILE_DESCRIPTOR__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case CruisePackage.FILE_DESCRIPTOR__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case CruisePackage.FILE_DESCRIPTOR__CLOSE_ON_EXEC:
				return closeOnExec != CLOSE_ON_EXEC_EDEFAULT;
			case CruisePackage.FILE_DESCRIPTOR__DETAILS:
				return DETAILS_EDEFAULT == null ? details != null : !DETAILS_EDEFAULT.equals(details);
			case CruisePackage.FILE_DESCRIPTOR__EPOLL_WATCHES:
				return epollWatches != null && !epollWatches.isEmpty();
			case CruisePackage.FILE_DESCRIPTOR__SOCKET:
				return socket != null;
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
		result.append(" (fd: ");
		result.append(fd);
		result.append(", kind: ");
		result.append(kind);
		result.append(", path: ");
		result.append(path);
		result.append(", flags: ");
		result.append(flags);
		result.append(", offset: ");
		result.append(offset);
		result.append(", closeOnExec: ");
		result.append(closeOnExec);
		result.append(", details: ");
		result.append(details);
		result.append(')');
		return result.toString();
	}

} //FileDescriptorImpl
