/**
 */
package org.cruise.model.impl;

import java.util.Collection;

import org.cruise.model.AuxvEntry;
import org.cruise.model.CruisePackage;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Rlimit;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Process Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getPpid <em>Ppid</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getExePath <em>Exe Path</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getExeBuildId <em>Exe Build Id</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getCwd <em>Cwd</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getPersonality <em>Personality</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getRlimits <em>Rlimits</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getAuxv <em>Auxv</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProcessInfoImpl#getMm <em>Mm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessInfoImpl extends MinimalEObjectImpl.Container implements ProcessInfo {
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
	 * The default value of the '{@link #getPpid() <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPpid()
	 * @generated
	 * @ordered
	 */
	protected static final int PPID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPpid() <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPpid()
	 * @generated
	 * @ordered
	 */
	protected int ppid = PPID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExePath() <em>Exe Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExePath()
	 * @generated
	 * @ordered
	 */
	protected static final String EXE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExePath() <em>Exe Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExePath()
	 * @generated
	 * @ordered
	 */
	protected String exePath = EXE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getExeBuildId() <em>Exe Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExeBuildId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXE_BUILD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExeBuildId() <em>Exe Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExeBuildId()
	 * @generated
	 * @ordered
	 */
	protected String exeBuildId = EXE_BUILD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCwd() <em>Cwd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCwd()
	 * @generated
	 * @ordered
	 */
	protected static final String CWD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCwd() <em>Cwd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCwd()
	 * @generated
	 * @ordered
	 */
	protected String cwd = CWD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCmdline() <em>Cmdline</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmdline()
	 * @generated
	 * @ordered
	 */
	protected EList<String> cmdline;

	/**
	 * The default value of the '{@link #getPersonality() <em>Personality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonality()
	 * @generated
	 * @ordered
	 */
	protected static final int PERSONALITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPersonality() <em>Personality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonality()
	 * @generated
	 * @ordered
	 */
	protected int personality = PERSONALITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRlimits() <em>Rlimits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRlimits()
	 * @generated
	 * @ordered
	 */
	protected EList<Rlimit> rlimits;

	/**
	 * The cached value of the '{@link #getAuxv() <em>Auxv</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuxv()
	 * @generated
	 * @ordered
	 */
	protected EList<AuxvEntry> auxv;

	/**
	 * The cached value of the '{@link #getMm() <em>Mm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMm()
	 * @generated
	 * @ordered
	 */
	protected MmLayout mm;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.PROCESS_INFO;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPpid() {
		return ppid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPpid(int newPpid) {
		int oldPpid = ppid;
		ppid = newPpid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__PPID, oldPpid, ppid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExePath() {
		return exePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExePath(String newExePath) {
		String oldExePath = exePath;
		exePath = newExePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__EXE_PATH, oldExePath, exePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExeBuildId() {
		return exeBuildId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExeBuildId(String newExeBuildId) {
		String oldExeBuildId = exeBuildId;
		exeBuildId = newExeBuildId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__EXE_BUILD_ID, oldExeBuildId, exeBuildId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCwd() {
		return cwd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCwd(String newCwd) {
		String oldCwd = cwd;
		cwd = newCwd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__CWD, oldCwd, cwd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCmdline() {
		if (cmdline == null) {
			cmdline = new EDataTypeEList<String>(String.class, this, CruisePackage.PROCESS_INFO__CMDLINE);
		}
		return cmdline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPersonality() {
		return personality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonality(int newPersonality) {
		int oldPersonality = personality;
		personality = newPersonality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__PERSONALITY, oldPersonality, personality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Rlimit> getRlimits() {
		if (rlimits == null) {
			rlimits = new EObjectContainmentEList<Rlimit>(Rlimit.class, this, CruisePackage.PROCESS_INFO__RLIMITS);
		}
		return rlimits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuxvEntry> getAuxv() {
		if (auxv == null) {
			auxv = new EObjectContainmentEList<AuxvEntry>(AuxvEntry.class, this, CruisePackage.PROCESS_INFO__AUXV);
		}
		return auxv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmLayout getMm() {
		return mm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMm(MmLayout newMm, NotificationChain msgs) {
		MmLayout oldMm = mm;
		mm = newMm;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__MM, oldMm, newMm);
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
	public void setMm(MmLayout newMm) {
		if (newMm != mm) {
			NotificationChain msgs = null;
			if (mm != null)
				msgs = ((InternalEObject)mm).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.PROCESS_INFO__MM, null, msgs);
			if (newMm != null)
				msgs = ((InternalEObject)newMm).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.PROCESS_INFO__MM, null, msgs);
			msgs = basicSetMm(newMm, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROCESS_INFO__MM, newMm, newMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.PROCESS_INFO__RLIMITS:
				return ((InternalEList<?>)getRlimits()).basicRemove(otherEnd, msgs);
			case CruisePackage.PROCESS_INFO__AUXV:
				return ((InternalEList<?>)getAuxv()).basicRemove(otherEnd, msgs);
			case CruisePackage.PROCESS_INFO__MM:
				return basicSetMm(null, msgs);
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
			case CruisePackage.PROCESS_INFO__PID:
				return getPid();
			case CruisePackage.PROCESS_INFO__PPID:
				return getPpid();
			case CruisePackage.PROCESS_INFO__EXE_PATH:
				return getExePath();
			case CruisePackage.PROCESS_INFO__EXE_BUILD_ID:
				return getExeBuildId();
			case CruisePackage.PROCESS_INFO__CWD:
				return getCwd();
			case CruisePackage.PROCESS_INFO__CMDLINE:
				return getCmdline();
			case CruisePackage.PROCESS_INFO__PERSONALITY:
				return getPersonality();
			case CruisePackage.PROCESS_INFO__RLIMITS:
				return getRlimits();
			case CruisePackage.PROCESS_INFO__AUXV:
				return getAuxv();
			case CruisePackage.PROCESS_INFO__MM:
				return getMm();
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
			case CruisePackage.PROCESS_INFO__PID:
				setPid((Integer)newValue);
				return;
			case CruisePackage.PROCESS_INFO__PPID:
				setPpid((Integer)newValue);
				return;
			case CruisePackage.PROCESS_INFO__EXE_PATH:
				setExePath((String)newValue);
				return;
			case CruisePackage.PROCESS_INFO__EXE_BUILD_ID:
				setExeBuildId((String)newValue);
				return;
			case CruisePackage.PROCESS_INFO__CWD:
				setCwd((String)newValue);
				return;
			case CruisePackage.PROCESS_INFO__CMDLINE:
				getCmdline().clear();
				getCmdline().addAll((Collection<? extends String>)newValue);
				return;
			case CruisePackage.PROCESS_INFO__PERSONALITY:
				setPersonality((Integer)newValue);
				return;
			case CruisePackage.PROCESS_INFO__RLIMITS:
				getRlimits().clear();
				getRlimits().addAll((Collection<? extends Rlimit>)newValue);
				return;
			case CruisePackage.PROCESS_INFO__AUXV:
				getAuxv().clear();
				getAuxv().addAll((Collection<? extends AuxvEntry>)newValue);
				return;
			case CruisePackage.PROCESS_INFO__MM:
				setMm((MmLayout)newValue);
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
			case CruisePackage.PROCESS_INFO__PID:
				setPid(PID_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__PPID:
				setPpid(PPID_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__EXE_PATH:
				setExePath(EXE_PATH_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__EXE_BUILD_ID:
				setExeBuildId(EXE_BUILD_ID_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__CWD:
				setCwd(CWD_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__CMDLINE:
				getCmdline().clear();
				return;
			case CruisePackage.PROCESS_INFO__PERSONALITY:
				setPersonality(PERSONALITY_EDEFAULT);
				return;
			case CruisePackage.PROCESS_INFO__RLIMITS:
				getRlimits().clear();
				return;
			case CruisePackage.PROCESS_INFO__AUXV:
				getAuxv().clear();
				return;
			case CruisePackage.PROCESS_INFO__MM:
				setMm((MmLayout)null);
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
			case CruisePackage.PROCESS_INFO__PID:
				return pid != PID_EDEFAULT;
			case CruisePackage.PROCESS_INFO__PPID:
				return ppid != PPID_EDEFAULT;
			case CruisePackage.PROCESS_INFO__EXE_PATH:
				return EXE_PATH_EDEFAULT == null ? exePath != null : !EXE_PATH_EDEFAULT.equals(exePath);
			case CruisePackage.PROCESS_INFO__EXE_BUILD_ID:
				return EXE_BUILD_ID_EDEFAULT == null ? exeBuildId != null : !EXE_BUILD_ID_EDEFAULT.equals(exeBuildId);
			case CruisePackage.PROCESS_INFO__CWD:
				return CWD_EDEFAULT == null ? cwd != null : !CWD_EDEFAULT.equals(cwd);
			case CruisePackage.PROCESS_INFO__CMDLINE:
				return cmdline != null && !cmdline.isEmpty();
			case CruisePackage.PROCESS_INFO__PERSONALITY:
				return personality != PERSONALITY_EDEFAULT;
			case CruisePackage.PROCESS_INFO__RLIMITS:
				return rlimits != null && !rlimits.isEmpty();
			case CruisePackage.PROCESS_INFO__AUXV:
				return auxv != null && !auxv.isEmpty();
			case CruisePackage.PROCESS_INFO__MM:
				return mm != null;
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
		result.append(" (pid: ");
		result.append(pid);
		result.append(", ppid: ");
		result.append(ppid);
		result.append(", exePath: ");
		result.append(exePath);
		result.append(", exeBuildId: ");
		result.append(exeBuildId);
		result.append(", cwd: ");
		result.append(cwd);
		result.append(", cmdline: ");
		result.append(cmdline);
		result.append(", personality: ");
		result.append(personality);
		result.append(')');
		return result.toString();
	}

} //ProcessInfoImpl
