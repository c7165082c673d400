/**
 */
package org.cruise.model.impl;

import java.util.Collection;
import java.util.Date;

import org.cruise.model.CruisePackage;
import org.cruise.model.FileDescriptor;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;

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
 * An implementation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getProcess <em>Process</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getFileDescriptors <em>File Descriptors</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getSignalActions <em>Signal Actions</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.cruise.model.impl.SnapshotImpl#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnapshotImpl extends MinimalEObjectImpl.Container implements Snapshot {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProcess() <em>Process</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcess()
	 * @generated
	 * @ordered
	 */
	protected ProcessInfo process;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<ThreadState> threads;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<MemoryRegion> regions;

	/**
	 * The cached value of the '{@link #getFileDescriptors() <em>File Descriptors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileDescriptors()
	 * @generated
	 * @ordered
	 */
	protected EList<FileDescriptor> fileDescriptors;

	/**
	 * The cached value of the '{@link #getSignalActions() <em>Signal Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignalActions()
	 * @generated
	 * @ordered
	 */
	protected EList<SignalAction> signalActions;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected TriggerEvent trigger;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<SnapshotFile> files;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessInfo getProcess() {
		return process;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProcess(ProcessInfo newProcess, NotificationChain msgs) {
		ProcessInfo oldProcess = process;
		process = newProcess;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__PROCESS, oldProcess, newProcess);
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
	public void setProcess(ProcessInfo newProcess) {
		if (newProcess != process) {
			NotificationChain msgs = null;
			if (process != null)
				msgs = ((InternalEObject)process).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SNAPSHOT__PROCESS, null, msgs);
			if (newProcess != null)
				msgs = ((InternalEObject)newProcess).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SNAPSHOT__PROCESS, null, msgs);
			msgs = basicSetProcess(newProcess, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__PROCESS, newProcess, newProcess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadState> getThreads() {
		if (threads == null) {
			threads = new EObjectContainmentEList<ThreadState>(ThreadState.class, this, CruisePackage.SNAPSHOT__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemoryRegion> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<MemoryRegion>(MemoryRegion.class, this, CruisePackage.SNAPSHOT__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FileDescriptor> getFileDescriptors() {
		if (fileDescriptors == null) {
			fileDescriptors = new EObjectContainmentEList<FileDescriptor>(FileDescriptor.class, this, CruisePackage.SNAPSHOT__FILE_DESCRIPTORS);
		}
		return fileDescriptors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignalAction> getSignalActions() {
		if (signalActions == null) {
			signalActions = new EObjectContainmentEList<SignalAction>(SignalAction.class, this, CruisePackage.SNAPSHOT__SIGNAL_ACTIONS);
		}
		return signalActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TriggerEvent getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTrigger(TriggerEvent newTrigger, NotificationChain msgs) {
		TriggerEvent oldTrigger = trigger;
		trigger = newTrigger;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__TRIGGER, oldTrigger, newTrigger);
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
	public void setTrigger(TriggerEvent newTrigger) {
		if (newTrigger != trigger) {
			NotificationChain msgs = null;
			if (trigger != null)
				msgs = ((InternalEObject)trigger).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SNAPSHOT__TRIGGER, null, msgs);
			if (newTrigger != null)
				msgs = ((InternalEObject)newTrigger).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CruisePackage.SNAPSHOT__TRIGGER, null, msgs);
			msgs = basicSetTrigger(newTrigger, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.SNAPSHOT__TRIGGER, newTrigger, newTrigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SnapshotFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<SnapshotFile>(SnapshotFile.class, this, CruisePackage.SNAPSHOT__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.SNAPSHOT__PROCESS:
				return basicSetProcess(null, msgs);
			case CruisePackage.SNAPSHOT__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case CruisePackage.SNAPSHOT__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
			case CruisePackage.SNAPSHOT__FILE_DESCRIPTORS:
				return ((InternalEList<?>)getFileDescriptors()).basicRemove(otherEnd, msgs);
			case CruisePackage.SNAPSHOT__SIGNAL_ACTIONS:
				return ((InternalEList<?>)getSignalActions()).basicRemove(otherEnd, msgs);
			case CruisePackage.SNAPSHOT__TRIGGER:
				return basicSetTrigger(null, msgs);
			case CruisePackage.SNAPSHOT__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
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
			case CruisePackage.SNAPSHOT__FORMAT_VERSION:
				return getFormatVersion();
			case CruisePackage.SNAPSHOT__ID:
				return getId();
			case CruisePackage.SNAPSHOT__CREATED:
				return getCreated();
			case CruisePackage.SNAPSHOT__PROCESS:
				return getProcess();
			case CruisePackage.SNAPSHOT__THREADS:
				return getThreads();
			case CruisePackage.SNAPSHOT__REGIONS:
				return getRegions();
			case CruisePackage.SNAPSHOT__FILE_DESCRIPTORS:
				return getFileDescriptors();
			case CruisePackage.SNAPSHOT__SIGNAL_ACTIONS:
				return getSignalActions();
			case CruisePackage.SNAPSHOT__TRIGGER:
				return getTrigger();
			case CruisePackage.SNAPSHOT__FILES:
				return getFiles();
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
			case CruisePackage.SNAPSHOT__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case CruisePackage.SNAPSHOT__ID:
				setId((String)newValue);
				return;
			case CruisePackage.SNAPSHOT__CREATED:
				setCreated((Date)newValue);
				return;
			case CruisePackage.SNAPSHOT__PROCESS:
				setProcess((ProcessInfo)newValue);
				return;
			case CruisePackage.SNAPSHOT__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends ThreadState>)newValue);
				return;
			case CruisePackage.SNAPSHOT__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends MemoryRegion>)newValue);
				return;
			case CruisePackage.SNAPSHOT__FILE_DESCRIPTORS:
				getFileDescriptors().clear();
				getFileDescriptors().addAll((Collection<? extends FileDescriptor>)newValue);
				return;
			case CruisePackage.SNAPSHOT__SIGNAL_ACTIONS:
				getSignalActions().clear();
				getSignalActions().addAll((Collection<? extends SignalAction>)newValue);
				return;
			case CruisePackage.SNAPSHOT__TRIGGER:
				setTrigger((TriggerEvent)newValue);
				return;
			case CruisePackage.SNAPSHOT__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends SnapshotFile>)newValue);
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
			case CruisePackage.SNAPSHOT__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CruisePackage.SNAPSHOT__ID:
				setId(ID_EDEFAULT);
				return;
			case CruisePackage.SNAPSHOT__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case CruisePackage.SNAPSHOT__PROCESS:
				setProcess((ProcessInfo)null);
				return;
			case CruisePackage.SNAPSHOT__THREADS:
				getThreads().clear();
				return;
			case CruisePackage.SNAPSHOT__REGIONS:
				getRegions().clear();
				return;
			case CruisePackage.SNAPSHOT__FILE_DESCRIPTORS:
				getFileDescriptors().clear();
				return;
			case CruisePackage.SNAPSHOT__SIGNAL_ACTIONS:
				getSignalActions().clear();
				return;
			case CruisePackage.SNAPSHOT__TRIGGER:
				setTrigger((TriggerEvent)null);
				return;
			case CruisePackage.SNAPSHOT__FILES:
				getFiles().clear();
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
			case CruisePackage.SNAPSHOT__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case CruisePackage.SNAPSHOT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case CruisePackage.SNAPSHOT__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case CruisePackage.SNAPSHOT__PROCESS:
				return process != null;
			case CruisePackage.SNAPSHOT__THREADS:
				return threads != null && !threads.isEmpty();
			case CruisePackage.SNAPSHOT__REGIONS:
				return regions != null && !regions.isEmpty();
			case CruisePackage.SNAPSHOT__FILE_DESCRIPTORS:
				return fileDescriptors != null && !fileDescriptors.isEmpty();
			case CruisePackage.SNAPSHOT__SIGNAL_ACTIONS:
				return signalActions != null && !signalActions.isEmpty();
			case CruisePackage.SNAPSHOT__TRIGGER:
				return trigger != null;
			case CruisePackage.SNAPSHOT__FILES:
				return files != null && !files.isEmpty();
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", id: ");
		result.append(id);
		result.append(", created: ");
		result.append(created);
		result.append(')');
		return result.toString();
	}

} //SnapshotImpl
