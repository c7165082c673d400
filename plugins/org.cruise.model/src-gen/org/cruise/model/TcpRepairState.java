/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tcp Repair State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Everything needed to recreate an established TCP connection with TCP_REPAIR without the peer noticing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.TcpRepairState#getSendSeq <em>Send Seq</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRecvSeq <em>Recv Seq</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getSendQueueBytes <em>Send Queue Bytes</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRecvQueueBytes <em>Recv Queue Bytes</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getUnsentBytes <em>Unsent Bytes</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getSendQueueFile <em>Send Queue File</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRecvQueueFile <em>Recv Queue File</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getMss <em>Mss</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getSndWscale <em>Snd Wscale</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRcvWscale <em>Rcv Wscale</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#isSackOk <em>Sack Ok</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#isTimestampsOk <em>Timestamps Ok</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getSndWl1 <em>Snd Wl1</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getSndWnd <em>Snd Wnd</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getMaxWindow <em>Max Window</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRcvWnd <em>Rcv Wnd</em>}</li>
 *   <li>{@link org.cruise.model.TcpRepairState#getRcvWup <em>Rcv Wup</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getTcpRepairState()
 * @model
 * @generated
 */
public interface TcpRepairState extends EObject {
	/**
	 * Returns the value of the '<em><b>Send Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Send Seq</em>' attribute.
	 * @see #setSendSeq(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SendSeq()
	 * @model
	 * @generated
	 */
	long getSendSeq();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSendSeq <em>Send Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Seq</em>' attribute.
	 * @see #getSendSeq()
	 * @generated
	 */
	void setSendSeq(long value);

	/**
	 * Returns the value of the '<em><b>Recv Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recv Seq</em>' attribute.
	 * @see #setRecvSeq(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RecvSeq()
	 * @model
	 * @generated
	 */
	long getRecvSeq();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRecvSeq <em>Recv Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recv Seq</em>' attribute.
	 * @see #getRecvSeq()
	 * @generated
	 */
	void setRecvSeq(long value);

	/**
	 * Returns the value of the '<em><b>Send Queue Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Send Queue Bytes</em>' attribute.
	 * @see #setSendQueueBytes(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SendQueueBytes()
	 * @model
	 * @generated
	 */
	int getSendQueueBytes();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSendQueueBytes <em>Send Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Queue Bytes</em>' attribute.
	 * @see #getSendQueueBytes()
	 * @generated
	 */
	void setSendQueueBytes(int value);

	/**
	 * Returns the value of the '<em><b>Recv Queue Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recv Queue Bytes</em>' attribute.
	 * @see #setRecvQueueBytes(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RecvQueueBytes()
	 * @model
	 * @generated
	 */
	int getRecvQueueBytes();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRecvQueueBytes <em>Recv Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recv Queue Bytes</em>' attribute.
	 * @see #getRecvQueueBytes()
	 * @generated
	 */
	void setRecvQueueBytes(int value);

	/**
	 * Returns the value of the '<em><b>Unsent Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bytes at the end of the send queue that were not yet sent to the peer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unsent Bytes</em>' attribute.
	 * @see #setUnsentBytes(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_UnsentBytes()
	 * @model
	 * @generated
	 */
	int getUnsentBytes();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getUnsentBytes <em>Unsent Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unsent Bytes</em>' attribute.
	 * @see #getUnsentBytes()
	 * @generated
	 */
	void setUnsentBytes(int value);

	/**
	 * Returns the value of the '<em><b>Send Queue File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the snapshot file holding the send queue contents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Send Queue File</em>' attribute.
	 * @see #setSendQueueFile(String)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SendQueueFile()
	 * @model
	 * @generated
	 */
	String getSendQueueFile();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSendQueueFile <em>Send Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Send Queue File</em>' attribute.
	 * @see #getSendQueueFile()
	 * @generated
	 */
	void setSendQueueFile(String value);

	/**
	 * Returns the value of the '<em><b>Recv Queue File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the snapshot file holding the receive queue contents.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recv Queue File</em>' attribute.
	 * @see #setRecvQueueFile(String)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RecvQueueFile()
	 * @model
	 * @generated
	 */
	String getRecvQueueFile();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRecvQueueFile <em>Recv Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recv Queue File</em>' attribute.
	 * @see #getRecvQueueFile()
	 * @generated
	 */
	void setRecvQueueFile(String value);

	/**
	 * Returns the value of the '<em><b>Mss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mss</em>' attribute.
	 * @see #setMss(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_Mss()
	 * @model
	 * @generated
	 */
	int getMss();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getMss <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mss</em>' attribute.
	 * @see #getMss()
	 * @generated
	 */
	void setMss(int value);

	/**
	 * Returns the value of the '<em><b>Snd Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Wscale</em>' attribute.
	 * @see #setSndWscale(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SndWscale()
	 * @model
	 * @generated
	 */
	int getSndWscale();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSndWscale <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Wscale</em>' attribute.
	 * @see #getSndWscale()
	 * @generated
	 */
	void setSndWscale(int value);

	/**
	 * Returns the value of the '<em><b>Rcv Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Wscale</em>' attribute.
	 * @see #setRcvWscale(int)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RcvWscale()
	 * @model
	 * @generated
	 */
	int getRcvWscale();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRcvWscale <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Wscale</em>' attribute.
	 * @see #getRcvWscale()
	 * @generated
	 */
	void setRcvWscale(int value);

	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_Timestamp()
	 * @model
	 * @generated
	 */
	long getTimestamp();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(long value);

	/**
	 * Returns the value of the '<em><b>Sack Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sack Ok</em>' attribute.
	 * @see #setSackOk(boolean)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SackOk()
	 * @model
	 * @generated
	 */
	boolean isSackOk();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#isSackOk <em>Sack Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sack Ok</em>' attribute.
	 * @see #isSackOk()
	 * @generated
	 */
	void setSackOk(boolean value);

	/**
	 * Returns the value of the '<em><b>Timestamps Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timestamps Ok</em>' attribute.
	 * @see #setTimestampsOk(boolean)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_TimestampsOk()
	 * @model
	 * @generated
	 */
	boolean isTimestampsOk();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#isTimestampsOk <em>Timestamps Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamps Ok</em>' attribute.
	 * @see #isTimestampsOk()
	 * @generated
	 */
	void setTimestampsOk(boolean value);

	/**
	 * Returns the value of the '<em><b>Snd Wl1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Wl1</em>' attribute.
	 * @see #setSndWl1(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SndWl1()
	 * @model
	 * @generated
	 */
	long getSndWl1();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSndWl1 <em>Snd Wl1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Wl1</em>' attribute.
	 * @see #getSndWl1()
	 * @generated
	 */
	void setSndWl1(long value);

	/**
	 * Returns the value of the '<em><b>Snd Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snd Wnd</em>' attribute.
	 * @see #setSndWnd(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_SndWnd()
	 * @model
	 * @generated
	 */
	long getSndWnd();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getSndWnd <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snd Wnd</em>' attribute.
	 * @see #getSndWnd()
	 * @generated
	 */
	void setSndWnd(long value);

	/**
	 * Returns the value of the '<em><b>Max Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Window</em>' attribute.
	 * @see #setMaxWindow(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_MaxWindow()
	 * @model
	 * @generated
	 */
	long getMaxWindow();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getMaxWindow <em>Max Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Window</em>' attribute.
	 * @see #getMaxWindow()
	 * @generated
	 */
	void setMaxWindow(long value);

	/**
	 * Returns the value of the '<em><b>Rcv Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Wnd</em>' attribute.
	 * @see #setRcvWnd(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RcvWnd()
	 * @model
	 * @generated
	 */
	long getRcvWnd();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRcvWnd <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Wnd</em>' attribute.
	 * @see #getRcvWnd()
	 * @generated
	 */
	void setRcvWnd(long value);

	/**
	 * Returns the value of the '<em><b>Rcv Wup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcv Wup</em>' attribute.
	 * @see #setRcvWup(long)
	 * @see org.cruise.model.CruisePackage#getTcpRepairState_RcvWup()
	 * @model
	 * @generated
	 */
	long getRcvWup();

	/**
	 * Sets the value of the '{@link org.cruise.model.TcpRepairState#getRcvWup <em>Rcv Wup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcv Wup</em>' attribute.
	 * @see #getRcvWup()
	 * @generated
	 */
	void setRcvWup(long value);

} // TcpRepairState
