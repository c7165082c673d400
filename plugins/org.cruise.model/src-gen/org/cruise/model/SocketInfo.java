/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Socket Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Socket endpoint details.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.SocketInfo#getFamily <em>Family</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getType <em>Type</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getLocalAddress <em>Local Address</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getLocalPort <em>Local Port</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getRemoteAddress <em>Remote Address</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getRemotePort <em>Remote Port</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getState <em>State</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getBacklog <em>Backlog</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getInode <em>Inode</em>}</li>
 *   <li>{@link org.cruise.model.SocketInfo#getTcpRepair <em>Tcp Repair</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getSocketInfo()
 * @model
 * @generated
 */
public interface SocketInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "inet", "inet6" or "unix".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * "stream", "dgram" or "seqpacket".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Address</em>' attribute.
	 * @see #setLocalAddress(String)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_LocalAddress()
	 * @model
	 * @generated
	 */
	String getLocalAddress();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getLocalAddress <em>Local Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Address</em>' attribute.
	 * @see #getLocalAddress()
	 * @generated
	 */
	void setLocalAddress(String value);

	/**
	 * Returns the value of the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Port</em>' attribute.
	 * @see #setLocalPort(int)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_LocalPort()
	 * @model
	 * @generated
	 */
	int getLocalPort();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getLocalPort <em>Local Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Port</em>' attribute.
	 * @see #getLocalPort()
	 * @generated
	 */
	void setLocalPort(int value);

	/**
	 * Returns the value of the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Address</em>' attribute.
	 * @see #setRemoteAddress(String)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_RemoteAddress()
	 * @model
	 * @generated
	 */
	String getRemoteAddress();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getRemoteAddress <em>Remote Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Address</em>' attribute.
	 * @see #getRemoteAddress()
	 * @generated
	 */
	void setRemoteAddress(String value);

	/**
	 * Returns the value of the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Port</em>' attribute.
	 * @see #setRemotePort(int)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_RemotePort()
	 * @model
	 * @generated
	 */
	int getRemotePort();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getRemotePort <em>Remote Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Port</em>' attribute.
	 * @see #getRemotePort()
	 * @generated
	 */
	void setRemotePort(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connection state, e.g. "ESTABLISHED" or "LISTEN".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(String)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_State()
	 * @model
	 * @generated
	 */
	String getState();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(String value);

	/**
	 * Returns the value of the '<em><b>Backlog</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Listen backlog of a listening socket.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backlog</em>' attribute.
	 * @see #setBacklog(int)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_Backlog()
	 * @model
	 * @generated
	 */
	int getBacklog();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getBacklog <em>Backlog</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backlog</em>' attribute.
	 * @see #getBacklog()
	 * @generated
	 */
	void setBacklog(int value);

	/**
	 * Returns the value of the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inode</em>' attribute.
	 * @see #setInode(long)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_Inode()
	 * @model
	 * @generated
	 */
	long getInode();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getInode <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inode</em>' attribute.
	 * @see #getInode()
	 * @generated
	 */
	void setInode(long value);

	/**
	 * Returns the value of the '<em><b>Tcp Repair</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * State read in TCP_REPAIR mode, present only for established TCP connections checkpointed with tcp enabled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp Repair</em>' containment reference.
	 * @see #setTcpRepair(TcpRepairState)
	 * @see org.cruise.model.CruisePackage#getSocketInfo_TcpRepair()
	 * @model containment="true"
	 * @generated
	 */
	TcpRepairState getTcpRepair();

	/**
	 * Sets the value of the '{@link org.cruise.model.SocketInfo#getTcpRepair <em>Tcp Repair</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Repair</em>' containment reference.
	 * @see #getTcpRepair()
	 * @generated
	 */
	void setTcpRepair(TcpRepairState value);

} // SocketInfo
