/**
 */
package org.cruise.model.impl;

import java.util.Collection;

import org.cruise.model.CruisePackage;
import org.cruise.model.Frame;
import org.cruise.model.Registers;
import org.cruise.model.ThreadState;

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
 * An implementation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getTid <em>Tid</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getRegisters <em>Registers</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getFsBase <em>Fs Base</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getGsBase <em>Gs Base</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getSigmask <em>Sigmask</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getXstateSize <em>Xstate Size</em>}</li>
 *   <li>{@link org.cruise.model.impl.ThreadStateImpl#getFrames <em>Frames</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThreadStateImpl extends MinimalEObjectImpl.Container implements ThreadState {
	/**
	 * The default value of the '{@link #getTid() <em>Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTid()
	 * @generated
	 * @ordered
	 */
	protected static final int TID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTid() <em>Tid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTid()
	 * @generated
	 * @ordered
	 */
	protected int tid = TID_EDEFAULT;

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
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected Registers registers;

	/**
	 * The default value of the '{@link #getFsBase() <em>Fs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsBase()
	 * @generated
	 * @ordered
	 */
	protected static final long FS_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFsBase() <em>Fs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFsBase()
	 * @generated
	 * @ordered
	 */
	protected long fsBase = FS_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGsBase() <em>Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsBase()
	 * @generated
	 * @ordered
	 */
	protected static final long GS_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGsBase() <em>Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGsBase()
	 * @generated
	 * @ordered
	 */
	protected long gsBase = GS_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSigmask() <em>Sigmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigmask()
	 * @generated
	 * @ordered
	 */
	protected static final long SIGMASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSigmask() <em>Sigmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigmask()
	 * @generated
	 * @ordered
	 */
	protected long sigmask = SIGMASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getXstateSize() <em>Xstate Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXstateSize()
	 * @generated
	 * @ordered
	 */
	protected static final int XSTATE_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getXstateSize() <em>Xstate Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXstateSize()
	 * @generated
	 * @ordered
	 */
	protected int xstateSize = XSTATE_SIZE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFrames() <em>Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<Frame> frames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThreadStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.THREAD_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTid() {
		return tid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTid(int newTid) {
		int oldTid = tid;
		tid = newTid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__TID, oldTid, tid));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registers getRegisters() {
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegisters(Registers newRegisters, NotificationChain msgs) {
		Registers oldRegisters = registers;
		registers = newRegisters;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__REGISTERS, oldRegisters, newRegisters);
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
	public void setRegisters(Registers newRegisters) {
		if (newRegisters != registers) {
			NotificationChain msgs = null;
			if (registers != null)
				msgs = ((InternalEObject)registers).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.THREAD_STATE__REGISTERS, null, msgs);
			if (newRegisters != null)
				msgs = ((InternalEObject)newRegisters).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.THREAD_STATE__REGISTERS, null, msgs);
			msgs = basicSetRegisters(newRegisters, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__REGISTERS, newRegisters, newRegisters));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFsBase() {
		return fsBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFsBase(long newFsBase) {
		long oldFsBase = fsBase;
		fsBase = newFsBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__FS_BASE, oldFsBase, fsBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGsBase() {
		return gsBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGsBase(long newGsBase) {
		long oldGsBase = gsBase;
		gsBase = newGsBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__GS_BASE, oldGsBase, gsBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSigmask() {
		return sigmask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigmask(long newSigmask) {
		long oldSigmask = sigmask;
		sigmask = newSigmask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__SIGMASK, oldSigmask, sigmask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getXstateSize() {
		return xstateSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXstateSize(int newXstateSize) {
		int oldXstateSize = xstateSize;
		xstateSize = newXstateSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.THREAD_STATE__XSTATE_SIZE, oldXstateSize, xstateSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Frame> getFrames() {
		if (frames == null) {
			frames = new EObjectContainmentEList<Frame>(Frame.class, this, CruisePackage.THREAD_STATE__FRAMES);
		}
		return frames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.THREAD_STATE__REGISTERS:
				return basicSetRegisters(null, msgs);
			case CruisePackage.THREAD_STATE__FRAMES:
				return ((InternalEList<?>)getFrames()).basicRemove(otherEnd, msgs);
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
			case CruisePackage.THREAD_STATE__TID:
				return getTid();
			case CruisePackage.THREAD_STATE__NAME:
				return getName();
			case CruisePackage.THREAD_STATE__REGISTERS:
				return getRegisters();
			case CruisePackage.THREAD_STATE__FS_BASE:
				return getFsBase();
			case CruisePackage.THREAD_STATE__GS_BASE:
				return getGsBase();
			case CruisePackage.THREAD_STATE__SIGMASK:
				return getSigmask();
			case CruisePackage.THREAD_STATE__XSTATE_SIZE:
				return getXstateSize();
			case CruisePackage.THREAD_STATE__FRAMES:
				return getFrames();
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
			case CruisePackage.THREAD_STATE__TID:
				setTid((Integer)newValue);
				return;
			case CruisePackage.THREAD_STATE__NAME:
				setName((String)newValue);
				return;
			case CruisePackage.THREAD_STATE__REGISTERS:
				setRegisters((Registers)newValue);
				return;
			case CruisePackage.THREAD_STATE__FS_BASE:
				setFsBase((Long)newValue);
				return;
			case CruisePackage.THREAD_STATE__GS_BASE:
				setGsBase((Long)newValue);
				return;
			case CruisePackage.THREAD_STATE__SIGMASK:
				setSigmask((Long)newValue);
				return;
			case CruisePackage.THREAD_STATE__XSTATE_SIZE:
				setXstateSize((Integer)newValue);
				return;
			case CruisePackage.THREAD_STATE__FRAMES:
				getFrames().clear();
				getFrames().addAll((Collection<? extends Frame>)newValue);
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
			case CruisePackage.THREAD_STATE__TID:
				setTid(TID_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__REGISTERS:
				setRegisters((Registers)null);
				return;
			case CruisePackage.THREAD_STATE__FS_BASE:
				setFsBase(FS_BASE_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__GS_BASE:
				setGsBase(GS_BASE_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__SIGMASK:
				setSigmask(SIGMASK_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__XSTATE_SIZE:
				setXstateSize(XSTATE_SIZE_EDEFAULT);
				return;
			case CruisePackage.THREAD_STATE__FRAMES:
				getFrames().clear();
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
			case CruisePackage.THREAD_STATE__TID:
				return tid != TID_EDEFAULT;
			case CruisePackage.THREAD_STATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CruisePackage.THREAD_STATE__REGISTERS:
				return registers != null;
			case CruisePackage.THREAD_STATE__FS_BASE:
				return fsBase != FS_BASE_EDEFAULT;
			case CruisePackage.THREAD_STATE__GS_BASE:
				return gsBase != GS_BASE_EDEFAULT;
			case CruisePackage.THREAD_STATE__SIGMASK:
				return sigmask != SIGMASK_EDEFAULT;
			case CruisePackage.THREAD_STATE__XSTATE_SIZE:
				return xstateSize != XSTATE_SIZE_EDEFAULT;
			case CruisePackage.THREAD_STATE__FRAMES:
				return frames != null && !frames.isEmpty();
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
		result.append(" (tid: ");
		result.append(tid);
		result.append(", name: ");
		result.append(name);
		result.append(", fsBase: ");
		result.append(fsBase);
		result.append(", gsBase: ");
		result.append(gsBase);
		result.append(", sigmask: ");
		result.append(sigmask);
		result.append(", xstateSize: ");
		result.append(xstateSize);
		result.append(')');
		return result.toString();
	}

} //ThreadStateImpl
