/**
 */
package org.cruise.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Manifest of one checkpoint: everything needed to restore the process except memory contents and socket queues, which live in files of the snapshot directory (listed in files). Serialized as manifest.xmi in the snapshot directory. Addresses and other 64-bit values are unsigned values held in a Java long: compare with Long.compareUnsigned and print with Long.toHexString or Long.toUnsignedString.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.Snapshot#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getId <em>Id</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getCreated <em>Created</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getProcess <em>Process</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getFileDescriptors <em>File Descriptors</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getSignalActions <em>Signal Actions</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.cruise.model.Snapshot#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getSnapshot()
 * @model
 * @generated
 */
public interface Snapshot extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of this manifest format, so that a newer CRUISE can refuse or convert snapshots it does not understand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.cruise.model.CruisePackage#getSnapshot_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.cruise.model.Snapshot#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique id of the snapshot within its store (also its directory name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.cruise.model.CruisePackage#getSnapshot_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.cruise.model.Snapshot#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the snapshot was taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see org.cruise.model.CruisePackage#getSnapshot_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link org.cruise.model.Snapshot#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

	/**
	 * Returns the value of the '<em><b>Process</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Process</em>' containment reference.
	 * @see #setProcess(ProcessInfo)
	 * @see org.cruise.model.CruisePackage#getSnapshot_Process()
	 * @model containment="true" required="true"
	 * @generated
	 */
	ProcessInfo getProcess();

	/**
	 * Sets the value of the '{@link org.cruise.model.Snapshot#getProcess <em>Process</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Process</em>' containment reference.
	 * @see #getProcess()
	 * @generated
	 */
	void setProcess(ProcessInfo value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.ThreadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getSnapshot_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThreadState> getThreads();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.MemoryRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory map of the process, in address order as in /proc/PID/maps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getSnapshot_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemoryRegion> getRegions();

	/**
	 * Returns the value of the '<em><b>File Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.FileDescriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File Descriptors</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getSnapshot_FileDescriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<FileDescriptor> getFileDescriptors();

	/**
	 * Returns the value of the '<em><b>Signal Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.SignalAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signal Actions</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getSnapshot_SignalActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignalAction> getSignalActions();

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checkpoint function return that caused this snapshot; absent for a snapshot taken on demand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trigger</em>' containment reference.
	 * @see #setTrigger(TriggerEvent)
	 * @see org.cruise.model.CruisePackage#getSnapshot_Trigger()
	 * @model containment="true"
	 * @generated
	 */
	TriggerEvent getTrigger();

	/**
	 * Sets the value of the '{@link org.cruise.model.Snapshot#getTrigger <em>Trigger</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' containment reference.
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(TriggerEvent value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.SnapshotFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every other file of the snapshot directory with its size and SHA-256, so that a damaged or incomplete snapshot is detected before a restore starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getSnapshot_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<SnapshotFile> getFiles();

} // Snapshot
