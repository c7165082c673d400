/**
 */
package org.cruise.model.impl;

import org.cruise.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CruiseFactoryImpl extends EFactoryImpl implements CruiseFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CruiseFactory init() {
		try {
			CruiseFactory theCruiseFactory = (CruiseFactory)EPackage.Registry.INSTANCE.getEFactory(CruisePackage.eNS_URI);
			if (theCruiseFactory != null) {
				return theCruiseFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CruiseFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CruiseFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CruisePackage.CHECKPOINT_CONFIG: return createCheckpointConfig();
			case CruisePackage.UPDATE_CONFIG: return createUpdateConfig();
			case CruisePackage.SNAPSHOT: return createSnapshot();
			case CruisePackage.PROCESS_INFO: return createProcessInfo();
			case CruisePackage.RLIMIT: return createRlimit();
			case CruisePackage.AUXV_ENTRY: return createAuxvEntry();
			case CruisePackage.MM_LAYOUT: return createMmLayout();
			case CruisePackage.THREAD_STATE: return createThreadState();
			case CruisePackage.REGISTERS: return createRegisters();
			case CruisePackage.FRAME: return createFrame();
			case CruisePackage.MEMORY_REGION: return createMemoryRegion();
			case CruisePackage.FILE_DESCRIPTOR: return createFileDescriptor();
			case CruisePackage.EPOLL_WATCH: return createEpollWatch();
			case CruisePackage.SOCKET_INFO: return createSocketInfo();
			case CruisePackage.TCP_REPAIR_STATE: return createTcpRepairState();
			case CruisePackage.SIGNAL_ACTION: return createSignalAction();
			case CruisePackage.TRIGGER_EVENT: return createTriggerEvent();
			case CruisePackage.SNAPSHOT_FILE: return createSnapshotFile();
			case CruisePackage.PROGRAM_DIFF: return createProgramDiff();
			case CruisePackage.SYMBOL_CHANGE: return createSymbolChange();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CruisePackage.DESTINATION_KIND:
				return createDestinationKindFromString(eDataType, initialValue);
			case CruisePackage.REGION_KIND:
				return createRegionKindFromString(eDataType, initialValue);
			case CruisePackage.FD_KIND:
				return createFdKindFromString(eDataType, initialValue);
			case CruisePackage.CHANGE_KIND:
				return createChangeKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CruisePackage.DESTINATION_KIND:
				return convertDestinationKindToString(eDataType, instanceValue);
			case CruisePackage.REGION_KIND:
				return convertRegionKindToString(eDataType, instanceValue);
			case CruisePackage.FD_KIND:
				return convertFdKindToString(eDataType, instanceValue);
			case CruisePackage.CHANGE_KIND:
				return convertChangeKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckpointConfig createCheckpointConfig() {
		CheckpointConfigImpl checkpointConfig = new CheckpointConfigImpl();
		return checkpointConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateConfig createUpdateConfig() {
		UpdateConfigImpl updateConfig = new UpdateConfigImpl();
		return updateConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Snapshot createSnapshot() {
		SnapshotImpl snapshot = new SnapshotImpl();
		return snapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProcessInfo createProcessInfo() {
		ProcessInfoImpl processInfo = new ProcessInfoImpl();
		return processInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rlimit createRlimit() {
		RlimitImpl rlimit = new RlimitImpl();
		return rlimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuxvEntry createAuxvEntry() {
		AuxvEntryImpl auxvEntry = new AuxvEntryImpl();
		return auxvEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmLayout createMmLayout() {
		MmLayoutImpl mmLayout = new MmLayoutImpl();
		return mmLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadState createThreadState() {
		ThreadStateImpl threadState = new ThreadStateImpl();
		return threadState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Registers createRegisters() {
		RegistersImpl registers = new RegistersImpl();
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frame createFrame() {
		FrameImpl frame = new FrameImpl();
		return frame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryRegion createMemoryRegion() {
		MemoryRegionImpl memoryRegion = new MemoryRegionImpl();
		return memoryRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileDescriptor createFileDescriptor() {
		FileDescriptorImpl fileDescriptor = new FileDescriptorImpl();
		return fileDescriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpollWatch createEpollWatch() {
		EpollWatchImpl epollWatch = new EpollWatchImpl();
		return epollWatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocketInfo createSocketInfo() {
		SocketInfoImpl socketInfo = new SocketInfoImpl();
		return socketInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TcpRepairState createTcpRepairState() {
		TcpRepairStateImpl tcpRepairState = new TcpRepairStateImpl();
		return tcpRepairState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignalAction createSignalAction() {
		SignalActionImpl signalAction = new SignalActionImpl();
		return signalAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TriggerEvent createTriggerEvent() {
		TriggerEventImpl triggerEvent = new TriggerEventImpl();
		return triggerEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnapshotFile createSnapshotFile() {
		SnapshotFileImpl snapshotFile = new SnapshotFileImpl();
		return snapshotFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgramDiff createProgramDiff() {
		ProgramDiffImpl programDiff = new ProgramDiffImpl();
		return programDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SymbolChange createSymbolChange() {
		SymbolChangeImpl symbolChange = new SymbolChangeImpl();
		return symbolChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DestinationKind createDestinationKindFromString(EDataType eDataType, String initialValue) {
		DestinationKind result = DestinationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDestinationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegionKind createRegionKindFromString(EDataType eDataType, String initialValue) {
		RegionKind result = RegionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FdKind createFdKindFromString(EDataType eDataType, String initialValue) {
		FdKind result = FdKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFdKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeKind createChangeKindFromString(EDataType eDataType, String initialValue) {
		ChangeKind result = ChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CruisePackage getCruisePackage() {
		return (CruisePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CruisePackage getPackage() {
		return CruisePackage.eINSTANCE;
	}

} //CruiseFactoryImpl
