/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.cruise.model.CruisePackage
 * @generated
 */
public interface CruiseFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CruiseFactory eINSTANCE = org.cruise.model.impl.CruiseFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Checkpoint Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checkpoint Config</em>'.
	 * @generated
	 */
	CheckpointConfig createCheckpointConfig();

	/**
	 * Returns a new object of class '<em>Update Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Update Config</em>'.
	 * @generated
	 */
	UpdateConfig createUpdateConfig();

	/**
	 * Returns a new object of class '<em>Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snapshot</em>'.
	 * @generated
	 */
	Snapshot createSnapshot();

	/**
	 * Returns a new object of class '<em>Process Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Process Info</em>'.
	 * @generated
	 */
	ProcessInfo createProcessInfo();

	/**
	 * Returns a new object of class '<em>Rlimit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rlimit</em>'.
	 * @generated
	 */
	Rlimit createRlimit();

	/**
	 * Returns a new object of class '<em>Auxv Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Auxv Entry</em>'.
	 * @generated
	 */
	AuxvEntry createAuxvEntry();

	/**
	 * Returns a new object of class '<em>Mm Layout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mm Layout</em>'.
	 * @generated
	 */
	MmLayout createMmLayout();

	/**
	 * Returns a new object of class '<em>Thread State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Thread State</em>'.
	 * @generated
	 */
	ThreadState createThreadState();

	/**
	 * Returns a new object of class '<em>Registers</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registers</em>'.
	 * @generated
	 */
	Registers createRegisters();

	/**
	 * Returns a new object of class '<em>Frame</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Frame</em>'.
	 * @generated
	 */
	Frame createFrame();

	/**
	 * Returns a new object of class '<em>Memory Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memory Region</em>'.
	 * @generated
	 */
	MemoryRegion createMemoryRegion();

	/**
	 * Returns a new object of class '<em>File Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File Descriptor</em>'.
	 * @generated
	 */
	FileDescriptor createFileDescriptor();

	/**
	 * Returns a new object of class '<em>Epoll Watch</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Epoll Watch</em>'.
	 * @generated
	 */
	EpollWatch createEpollWatch();

	/**
	 * Returns a new object of class '<em>Socket Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Socket Info</em>'.
	 * @generated
	 */
	SocketInfo createSocketInfo();

	/**
	 * Returns a new object of class '<em>Tcp Repair State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tcp Repair State</em>'.
	 * @generated
	 */
	TcpRepairState createTcpRepairState();

	/**
	 * Returns a new object of class '<em>Signal Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signal Action</em>'.
	 * @generated
	 */
	SignalAction createSignalAction();

	/**
	 * Returns a new object of class '<em>Trigger Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trigger Event</em>'.
	 * @generated
	 */
	TriggerEvent createTriggerEvent();

	/**
	 * Returns a new object of class '<em>Snapshot File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Snapshot File</em>'.
	 * @generated
	 */
	SnapshotFile createSnapshotFile();

	/**
	 * Returns a new object of class '<em>Program Diff</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Program Diff</em>'.
	 * @generated
	 */
	ProgramDiff createProgramDiff();

	/**
	 * Returns a new object of class '<em>Symbol Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Symbol Change</em>'.
	 * @generated
	 */
	SymbolChange createSymbolChange();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CruisePackage getCruisePackage();

} //CruiseFactory
