/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.TcpRepairState;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tcp Repair State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSendSeq <em>Send Seq</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRecvSeq <em>Recv Seq</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSendQueueBytes <em>Send Queue Bytes</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRecvQueueBytes <em>Recv Queue Bytes</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getUnsentBytes <em>Unsent Bytes</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSendQueueFile <em>Send Queue File</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRecvQueueFile <em>Recv Queue File</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getMss <em>Mss</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSndWscale <em>Snd Wscale</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRcvWscale <em>Rcv Wscale</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getTimestamp <em>Timestamp</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#isSackOk <em>Sack Ok</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#isTimestampsOk <em>Timestamps Ok</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSndWl1 <em>Snd Wl1</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getSndWnd <em>Snd Wnd</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getMaxWindow <em>Max Window</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRcvWnd <em>Rcv Wnd</em>}</li>
 *   <li>{@link org.cruise.model.impl.TcpRepairStateImpl#getRcvWup <em>Rcv Wup</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TcpRepairStateImpl extends MinimalEObjectImpl.Container implements TcpRepairState {
	/**
	 * The default value of the '{@link #getSendSeq() <em>Send Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendSeq()
	 * @generated
	 * @ordered
	 */
	protected static final long SEND_SEQ_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSendSeq() <em>Send Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendSeq()
	 * @generated
	 * @ordered
	 */
	protected long sendSeq = SEND_SEQ_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecvSeq() <em>Recv Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvSeq()
	 * @generated
	 * @ordered
	 */
	protected static final long RECV_SEQ_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRecvSeq() <em>Recv Seq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvSeq()
	 * @generated
	 * @ordered
	 */
	protected long recvSeq = RECV_SEQ_EDEFAULT;

	/**
	 * The default value of the '{@link #getSendQueueBytes() <em>Send Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendQueueBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int SEND_QUEUE_BYTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSendQueueBytes() <em>Send Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendQueueBytes()
	 * @generated
	 * @ordered
	 */
	protected int sendQueueBytes = SEND_QUEUE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecvQueueBytes() <em>Recv Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvQueueBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int RECV_QUEUE_BYTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecvQueueBytes() <em>Recv Queue Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvQueueBytes()
	 * @generated
	 * @ordered
	 */
	protected int recvQueueBytes = RECV_QUEUE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnsentBytes() <em>Unsent Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnsentBytes()
	 * @generated
	 * @ordered
	 */
	protected static final int UNSENT_BYTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnsentBytes() <em>Unsent Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnsentBytes()
	 * @generated
	 * @ordered
	 */
	protected int unsentBytes = UNSENT_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSendQueueFile() <em>Send Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendQueueFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SEND_QUEUE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSendQueueFile() <em>Send Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSendQueueFile()
	 * @generated
	 * @ordered
	 */
	protected String sendQueueFile = SEND_QUEUE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecvQueueFile() <em>Recv Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvQueueFile()
	 * @generated
	 * @ordered
	 */
	protected static final String RECV_QUEUE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecvQueueFile() <em>Recv Queue File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecvQueueFile()
	 * @generated
	 * @ordered
	 */
	protected String recvQueueFile = RECV_QUEUE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMss() <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMss()
	 * @generated
	 * @ordered
	 */
	protected static final int MSS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMss() <em>Mss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMss()
	 * @generated
	 * @ordered
	 */
	protected int mss = MSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndWscale() <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWscale()
	 * @generated
	 * @ordered
	 */
	protected static final int SND_WSCALE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSndWscale() <em>Snd Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWscale()
	 * @generated
	 * @ordered
	 */
	protected int sndWscale = SND_WSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvWscale() <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWscale()
	 * @generated
	 * @ordered
	 */
	protected static final int RCV_WSCALE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRcvWscale() <em>Rcv Wscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWscale()
	 * @generated
	 * @ordered
	 */
	protected int rcvWscale = RCV_WSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMESTAMP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected long timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #isSackOk() <em>Sack Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSackOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SACK_OK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSackOk() <em>Sack Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSackOk()
	 * @generated
	 * @ordered
	 */
	protected boolean sackOk = SACK_OK_EDEFAULT;

	/**
	 * The default value of the '{@link #isTimestampsOk() <em>Timestamps Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimestampsOk()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TIMESTAMPS_OK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTimestampsOk() <em>Timestamps Ok</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTimestampsOk()
	 * @generated
	 * @ordered
	 */
	protected boolean timestampsOk = TIMESTAMPS_OK_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndWl1() <em>Snd Wl1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWl1()
	 * @generated
	 * @ordered
	 */
	protected static final long SND_WL1_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSndWl1() <em>Snd Wl1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWl1()
	 * @generated
	 * @ordered
	 */
	protected long sndWl1 = SND_WL1_EDEFAULT;

	/**
	 * The default value of the '{@link #getSndWnd() <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWnd()
	 * @generated
	 * @ordered
	 */
	protected static final long SND_WND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSndWnd() <em>Snd Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSndWnd()
	 * @generated
	 * @ordered
	 */
	protected long sndWnd = SND_WND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxWindow() <em>Max Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWindow()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_WINDOW_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxWindow() <em>Max Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWindow()
	 * @generated
	 * @ordered
	 */
	protected long maxWindow = MAX_WINDOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvWnd() <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWnd()
	 * @generated
	 * @ordered
	 */
	protected static final long RCV_WND_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcvWnd() <em>Rcv Wnd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWnd()
	 * @generated
	 * @ordered
	 */
	protected long rcvWnd = RCV_WND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcvWup() <em>Rcv Wup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWup()
	 * @generated
	 * @ordered
	 */
	protected static final long RCV_WUP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcvWup() <em>Rcv Wup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcvWup()
	 * @generated
	 * @ordered
	 */
	protected long rcvWup = RCV_WUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TcpRepairStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.TCP_REPAIR_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSendSeq() {
		return sendSeq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendSeq(long newSendSeq) {
		long oldSendSeq = sendSeq;
		sendSeq = newSendSeq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SEND_SEQ, oldSendSeq, sendSeq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRecvSeq() {
		return recvSeq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecvSeq(long newRecvSeq) {
		long oldRecvSeq = recvSeq;
		recvSeq = newRecvSeq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RECV_SEQ, oldRecvSeq, recvSeq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSendQueueBytes() {
		return sendQueueBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendQueueBytes(int newSendQueueBytes) {
		int oldSendQueueBytes = sendQueueBytes;
		sendQueueBytes = newSendQueueBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_BYTES, oldSendQueueBytes, sendQueueBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecvQueueBytes() {
		return recvQueueBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecvQueueBytes(int newRecvQueueBytes) {
		int oldRecvQueueBytes = recvQueueBytes;
		recvQueueBytes = newRecvQueueBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_BYTES, oldRecvQueueBytes, recvQueueBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnsentBytes() {
		return unsentBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnsentBytes(int newUnsentBytes) {
		int oldUnsentBytes = unsentBytes;
		unsentBytes = newUnsentBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__UNSENT_BYTES, oldUnsentBytes, unsentBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSendQueueFile() {
		return sendQueueFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSendQueueFile(String newSendQueueFile) {
		String oldSendQueueFile = sendQueueFile;
		sendQueueFile = newSendQueueFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_FILE, oldSendQueueFile, sendQueueFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecvQueueFile() {
		return recvQueueFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecvQueueFile(String newRecvQueueFile) {
		String oldRecvQueueFile = recvQueueFile;
		recvQueueFile = newRecvQueueFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_FILE, oldRecvQueueFile, recvQueueFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMss() {
		return mss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMss(int newMss) {
		int oldMss = mss;
		mss = newMss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__MSS, oldMss, mss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSndWscale() {
		return sndWscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndWscale(int newSndWscale) {
		int oldSndWscale = sndWscale;
		sndWscale = newSndWscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SND_WSCALE, oldSndWscale, sndWscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRcvWscale() {
		return rcvWscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvWscale(int newRcvWscale) {
		int oldRcvWscale = rcvWscale;
		rcvWscale = newRcvWscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RCV_WSCALE, oldRcvWscale, rcvWscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(long newTimestamp) {
		long oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSackOk() {
		return sackOk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSackOk(boolean newSackOk) {
		boolean oldSackOk = sackOk;
		sackOk = newSackOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SACK_OK, oldSackOk, sackOk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTimestampsOk() {
		return timestampsOk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestampsOk(boolean newTimestampsOk) {
		boolean oldTimestampsOk = timestampsOk;
		timestampsOk = newTimestampsOk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__TIMESTAMPS_OK, oldTimestampsOk, timestampsOk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSndWl1() {
		return sndWl1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndWl1(long newSndWl1) {
		long oldSndWl1 = sndWl1;
		sndWl1 = newSndWl1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SND_WL1, oldSndWl1, sndWl1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSndWnd() {
		return sndWnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSndWnd(long newSndWnd) {
		long oldSndWnd = sndWnd;
		sndWnd = newSndWnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__SND_WND, oldSndWnd, sndWnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxWindow() {
		return maxWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxWindow(long newMaxWindow) {
		long oldMaxWindow = maxWindow;
		maxWindow = newMaxWindow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__MAX_WINDOW, oldMaxWindow, maxWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcvWnd() {
		return rcvWnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvWnd(long newRcvWnd) {
		long oldRcvWnd = rcvWnd;
		rcvWnd = newRcvWnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RCV_WND, oldRcvWnd, rcvWnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcvWup() {
		return rcvWup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcvWup(long newRcvWup) {
		long oldRcvWup = rcvWup;
		rcvWup = newRcvWup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.TCP_REPAIR_STATE__RCV_WUP, oldRcvWup, rcvWup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.TCP_REPAIR_STATE__SEND_SEQ:
				return getSendSeq();
			case CruisePackage.TCP_REPAIR_STATE__RECV_SEQ:
				return getRecvSeq();
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_BYTES:
				return getSendQueueBytes();
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_BYTES:
				return getRecvQueueBytes();
			case CruisePackage.TCP_REPAIR_STATE__UNSENT_BYTES:
				return getUnsentBytes();
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_FILE:
				return getSendQueueFile();
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_FILE:
				return getRecvQueueFile();
			case CruisePackage.TCP_REPAIR_STATE__MSS:
				return getMss();
			case CruisePackage.TCP_REPAIR_STATE__SND_WSCALE:
				return getSndWscale();
			case CruisePackage.TCP_REPAIR_STATE__RCV_WSCALE:
				return getRcvWscale();
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMP:
				return getTimestamp();
			case CruisePackage.TCP_REPAIR_STATE__SACK_OK:
				return isSackOk();
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMPS_OK:
				return isTimestampsOk();
			case CruisePackage.TCP_REPAIR_STATE__SND_WL1:
				return getSndWl1();
			case CruisePackage.TCP_REPAIR_STATE__SND_WND:
				return getSndWnd();
			case CruisePackage.TCP_REPAIR_STATE__MAX_WINDOW:
				return getMaxWindow();
			case CruisePackage.TCP_REPAIR_STATE__RCV_WND:
				return getRcvWnd();
			case CruisePackage.TCP_REPAIR_STATE__RCV_WUP:
				return getRcvWup();
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
			case CruisePackage.TCP_REPAIR_STATE__SEND_SEQ:
				setSendSeq((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_SEQ:
				setRecvSeq((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_BYTES:
				setSendQueueBytes((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_BYTES:
				setRecvQueueBytes((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__UNSENT_BYTES:
				setUnsentBytes((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_FILE:
				setSendQueueFile((String)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_FILE:
				setRecvQueueFile((String)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__MSS:
				setMss((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WSCALE:
				setSndWscale((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WSCALE:
				setRcvWscale((Integer)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMP:
				setTimestamp((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SACK_OK:
				setSackOk((Boolean)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMPS_OK:
				setTimestampsOk((Boolean)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WL1:
				setSndWl1((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WND:
				setSndWnd((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__MAX_WINDOW:
				setMaxWindow((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WND:
				setRcvWnd((Long)newValue);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WUP:
				setRcvWup((Long)newValue);
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
			case CruisePackage.TCP_REPAIR_STATE__SEND_SEQ:
				setSendSeq(SEND_SEQ_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_SEQ:
				setRecvSeq(RECV_SEQ_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_BYTES:
				setSendQueueBytes(SEND_QUEUE_BYTES_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_BYTES:
				setRecvQueueBytes(RECV_QUEUE_BYTES_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__UNSENT_BYTES:
				setUnsentBytes(UNSENT_BYTES_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_FILE:
				setSendQueueFile(SEND_QUEUE_FILE_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_FILE:
				setRecvQueueFile(RECV_QUEUE_FILE_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__MSS:
				setMss(MSS_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WSCALE:
				setSndWscale(SND_WSCALE_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WSCALE:
				setRcvWscale(RCV_WSCALE_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SACK_OK:
				setSackOk(SACK_OK_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMPS_OK:
				setTimestampsOk(TIMESTAMPS_OK_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WL1:
				setSndWl1(SND_WL1_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__SND_WND:
				setSndWnd(SND_WND_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__MAX_WINDOW:
				setMaxWindow(MAX_WINDOW_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WND:
				setRcvWnd(RCV_WND_EDEFAULT);
				return;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WUP:
				setRcvWup(RCV_WUP_EDEFAULT);
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
			case CruisePackage.TCP_REPAIR_STATE__SEND_SEQ:
				return sendSeq != SEND_SEQ_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__RECV_SEQ:
				return recvSeq != RECV_SEQ_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_BYTES:
				return sendQueueBytes != SEND_QUEUE_BYTES_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_BYTES:
				return recvQueueBytes != RECV_QUEUE_BYTES_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__UNSENT_BYTES:
				return unsentBytes != UNSENT_BYTES_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SEND_QUEUE_FILE:
				return SEND_QUEUE_FILE_EDEFAULT == null ? sendQueueFile != null : !SEND_QUEUE_FILE_EDEFAULT.equals(sendQueueFile);
			case CruisePackage.TCP_REPAIR_STATE__RECV_QUEUE_FILE:
				return RECV_QUEUE_FILE_EDEFAULT == null ? recvQueueFile != null : !RECV_QUEUE_FILE_EDEFAULT.equals(recvQueueFile);
			case CruisePackage.TCP_REPAIR_STATE__MSS:
				return mss != MSS_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SND_WSCALE:
				return sndWscale != SND_WSCALE_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WSCALE:
				return rcvWscale != RCV_WSCALE_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMP:
				return timestamp != TIMESTAMP_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SACK_OK:
				return sackOk != SACK_OK_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__TIMESTAMPS_OK:
				return timestampsOk != TIMESTAMPS_OK_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SND_WL1:
				return sndWl1 != SND_WL1_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__SND_WND:
				return sndWnd != SND_WND_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__MAX_WINDOW:
				return maxWindow != MAX_WINDOW_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WND:
				return rcvWnd != RCV_WND_EDEFAULT;
			case CruisePackage.TCP_REPAIR_STATE__RCV_WUP:
				return rcvWup != RCV_WUP_EDEFAULT;
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
		result.append(" (sendSeq: ");
		result.append(sendSeq);
		result.append(", recvSeq: ");
		result.append(recvSeq);
		result.append(", sendQueueBytes: ");
		result.append(sendQueueBytes);
		result.append(", recvQueueBytes: ");
		result.append(recvQueueBytes);
		result.append(", unsentBytes: ");
		result.append(unsentBytes);
		result.append(", sendQueueFile: ");
		result.append(sendQueueFile);
		result.append(", recvQueueFile: ");
		result.append(recvQueueFile);
		result.append(", mss: ");
		result.append(mss);
		result.append(", sndWscale: ");
		result.append(sndWscale);
		result.append(", rcvWscale: ");
		result.append(rcvWscale);
		result.append(", timestamp: ");
		result.append(timestamp);
		result.append(", sackOk: ");
		result.append(sackOk);
		result.append(", timestampsOk: ");
		result.append(timestampsOk);
		result.append(", sndWl1: ");
		result.append(sndWl1);
		result.append(", sndWnd: ");
		result.append(sndWnd);
		result.append(", maxWindow: ");
		result.append(maxWindow);
		result.append(", rcvWnd: ");
		result.append(rcvWnd);
		result.append(", rcvWup: ");
		result.append(rcvWup);
		result.append(')');
		return result.toString();
	}

} //TcpRepairStateImpl
