/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Descriptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One open file descriptor of the process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.FileDescriptor#getFd <em>Fd</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getPath <em>Path</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#isCloseOnExec <em>Close On Exec</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getDetails <em>Details</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getEpollWatches <em>Epoll Watches</em>}</li>
 *   <li>{@link org.cruise.model.FileDescriptor#getSocket <em>Socket</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getFileDescriptor()
 * @model
 * @generated
 */
public interface FileDescriptor extends EObject {
	/**
	 * Returns the value of the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fd</em>' attribute.
	 * @see #setFd(int)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Fd()
	 * @model
	 * @generated
	 */
	int getFd();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getFd <em>Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fd</em>' attribute.
	 * @see #getFd()
	 * @generated
	 */
	void setFd(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cruise.model.FdKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.FdKind
	 * @see #setKind(FdKind)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Kind()
	 * @model
	 * @generated
	 */
	FdKind getKind();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.FdKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FdKind value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target of /proc/PID/fd/N, e.g. a path, "pipe:[123]" or "anon_inode:[eventfd]".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open flags (O_*) from fdinfo.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File position from fdinfo.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Close On Exec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Close On Exec</em>' attribute.
	 * @see #setCloseOnExec(boolean)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_CloseOnExec()
	 * @model
	 * @generated
	 */
	boolean isCloseOnExec();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#isCloseOnExec <em>Close On Exec</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Close On Exec</em>' attribute.
	 * @see #isCloseOnExec()
	 * @generated
	 */
	void setCloseOnExec(boolean value);

	/**
	 * Returns the value of the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further fdinfo lines kept verbatim (e.g. eventfd-count, timerfd settings) for kinds without a dedicated model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Details</em>' attribute.
	 * @see #setDetails(String)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Details()
	 * @model
	 * @generated
	 */
	String getDetails();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getDetails <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Details</em>' attribute.
	 * @see #getDetails()
	 * @generated
	 */
	void setDetails(String value);

	/**
	 * Returns the value of the '<em><b>Epoll Watches</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.EpollWatch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Descriptors watched by this epoll instance; empty for other kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epoll Watches</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_EpollWatches()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpollWatch> getEpollWatches();

	/**
	 * Returns the value of the '<em><b>Socket</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Socket details; absent for non-sockets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Socket</em>' containment reference.
	 * @see #setSocket(SocketInfo)
	 * @see org.cruise.model.CruisePackage#getFileDescriptor_Socket()
	 * @model containment="true"
	 * @generated
	 */
	SocketInfo getSocket();

	/**
	 * Sets the value of the '{@link org.cruise.model.FileDescriptor#getSocket <em>Socket</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket</em>' containment reference.
	 * @see #getSocket()
	 * @generated
	 */
	void setSocket(SocketInfo value);

} // FileDescriptor
