/**
 */
package org.cruise.model.impl;

import org.cruise.model.AuxvEntry;
import org.cruise.model.ChangeKind;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.CruiseFactory;
import org.cruise.model.CruisePackage;
import org.cruise.model.DestinationKind;
import org.cruise.model.EpollWatch;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.Frame;
import org.cruise.model.MemoryRegion;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.ProgramDiff;
import org.cruise.model.RegionKind;
import org.cruise.model.Registers;
import org.cruise.model.Rlimit;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.SocketInfo;
import org.cruise.model.SymbolChange;
import org.cruise.model.TcpRepairState;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;
import org.cruise.model.UpdateConfig;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CruisePackageImpl extends EPackageImpl implements CruisePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checkpointConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass updateConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass processInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rlimitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auxvEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mmLayoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass threadStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileDescriptorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass epollWatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass socketInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tcpRepairStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signalActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass triggerEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snapshotFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programDiffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass symbolChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum destinationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum regionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fdKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.cruise.model.CruisePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CruisePackageImpl() {
		super(eNS_URI, CruiseFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CruisePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CruisePackage init() {
		if (isInited) return (CruisePackage)EPackage.Registry.INSTANCE.getEPackage(CruisePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCruisePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CruisePackageImpl theCruisePackage = registeredCruisePackage instanceof CruisePackageImpl ? (CruisePackageImpl)registeredCruisePackage : new CruisePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCruisePackage.createPackageContents();

		// Initialize created meta-data
		theCruisePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCruisePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CruisePackage.eNS_URI, theCruisePackage);
		return theCruisePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCheckpointConfig() {
		return checkpointConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Program() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Pid() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Command() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Store() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Functions() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_KeepLast() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_MinIntervalMillis() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCheckpointConfig_Tcp() {
		return (EAttribute)checkpointConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUpdateConfig() {
		return updateConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_OldProgram() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_NewProgram() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_Snapshot() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_Pid() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_UpdatedFunctionsFile() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_UpdatedFunctionsAuto() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_Destination() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_DestinationPid() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_TimeoutMillis() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUpdateConfig_AllowDataChange() {
		return (EAttribute)updateConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnapshot() {
		return snapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_FormatVersion() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_Id() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_Created() {
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Process() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Threads() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Regions() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_FileDescriptors() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_SignalActions() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Trigger() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Files() {
		return (EReference)snapshotEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProcessInfo() {
		return processInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_Pid() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_Ppid() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_ExePath() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_ExeBuildId() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_Cwd() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_Cmdline() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProcessInfo_Personality() {
		return (EAttribute)processInfoEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessInfo_Rlimits() {
		return (EReference)processInfoEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessInfo_Auxv() {
		return (EReference)processInfoEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProcessInfo_Mm() {
		return (EReference)processInfoEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRlimit() {
		return rlimitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRlimit_Resource() {
		return (EAttribute)rlimitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRlimit_Soft() {
		return (EAttribute)rlimitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRlimit_Hard() {
		return (EAttribute)rlimitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuxvEntry() {
		return auxvEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuxvEntry_Type() {
		return (EAttribute)auxvEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuxvEntry_Value() {
		return (EAttribute)auxvEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMmLayout() {
		return mmLayoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_StartCode() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_EndCode() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_StartData() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_EndData() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_StartBrk() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_Brk() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_StartStack() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_ArgStart() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_ArgEnd() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_EnvStart() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMmLayout_EnvEnd() {
		return (EAttribute)mmLayoutEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreadState() {
		return threadStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Tid() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Name() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getThreadState_Registers() {
		return (EReference)threadStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_FsBase() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_GsBase() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Sigmask() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_XstateSize() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getThreadState_Frames() {
		return (EReference)threadStateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisters() {
		return registersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R15() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R14() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R13() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R12() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rbp() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rbx() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R11() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R10() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R9() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_R8() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rax() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rcx() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rdx() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rsi() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rdi() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_OrigRax() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rip() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Cs() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Eflags() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Rsp() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Ss() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Ds() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Es() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Fs() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisters_Gs() {
		return (EAttribute)registersEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFrame() {
		return frameEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Index() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Pc() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Function() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Offset() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Module() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Cfa() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_ReturnAddressSlot() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_SourceFile() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFrame_Line() {
		return (EAttribute)frameEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemoryRegion() {
		return memoryRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Start() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_End() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Permissions() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Flags() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Kind() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Path() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Offset() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Device() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Inode() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_BuildId() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemoryRegion_Saved() {
		return (EAttribute)memoryRegionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMemoryRegion__Size() {
		return memoryRegionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMemoryRegion__Contains__long() {
		return memoryRegionEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFileDescriptor() {
		return fileDescriptorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Fd() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Kind() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Path() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Flags() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Offset() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_CloseOnExec() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFileDescriptor_Details() {
		return (EAttribute)fileDescriptorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFileDescriptor_EpollWatches() {
		return (EReference)fileDescriptorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFileDescriptor_Socket() {
		return (EReference)fileDescriptorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpollWatch() {
		return epollWatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpollWatch_TargetFd() {
		return (EAttribute)epollWatchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpollWatch_Events() {
		return (EAttribute)epollWatchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpollWatch_Data() {
		return (EAttribute)epollWatchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSocketInfo() {
		return socketInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_Family() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_Type() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_LocalAddress() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_LocalPort() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_RemoteAddress() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_RemotePort() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_State() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_Backlog() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSocketInfo_Inode() {
		return (EAttribute)socketInfoEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSocketInfo_TcpRepair() {
		return (EReference)socketInfoEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTcpRepairState() {
		return tcpRepairStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SendSeq() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RecvSeq() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SendQueueBytes() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RecvQueueBytes() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_UnsentBytes() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SendQueueFile() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RecvQueueFile() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_Mss() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SndWscale() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RcvWscale() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_Timestamp() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SackOk() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_TimestampsOk() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SndWl1() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_SndWnd() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_MaxWindow() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RcvWnd() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTcpRepairState_RcvWup() {
		return (EAttribute)tcpRepairStateEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignalAction() {
		return signalActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Signal() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Name() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Handler() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Restorer() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Flags() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_Mask() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignalAction_HandlerSymbol() {
		return (EAttribute)signalActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTriggerEvent() {
		return triggerEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_Function() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_ThreadId() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_Pc() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_ReturnValue() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_Time() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_Backend() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTriggerEvent_Sequence() {
		return (EAttribute)triggerEventEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnapshotFile() {
		return snapshotFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshotFile_Name() {
		return (EAttribute)snapshotFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshotFile_Size() {
		return (EAttribute)snapshotFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshotFile_Sha256() {
		return (EAttribute)snapshotFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshotFile_Checksum() {
		return (EAttribute)snapshotFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgramDiff() {
		return programDiffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramDiff_OldProgram() {
		return (EAttribute)programDiffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramDiff_NewProgram() {
		return (EAttribute)programDiffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramDiff_OldBuildId() {
		return (EAttribute)programDiffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramDiff_NewBuildId() {
		return (EAttribute)programDiffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramDiff_Functions() {
		return (EReference)programDiffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramDiff_Data() {
		return (EReference)programDiffEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSymbolChange() {
		return symbolChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_Name() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_Scope() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_Kind() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_OldAddress() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_OldSize() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_NewAddress() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_NewSize() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSymbolChange_Reason() {
		return (EAttribute)symbolChangeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDestinationKind() {
		return destinationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRegionKind() {
		return regionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFdKind() {
		return fdKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeKind() {
		return changeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CruiseFactory getCruiseFactory() {
		return (CruiseFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		checkpointConfigEClass = createEClass(CHECKPOINT_CONFIG);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__PROGRAM);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__PID);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__COMMAND);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__STORE);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__FUNCTIONS);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__KEEP_LAST);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS);
		createEAttribute(checkpointConfigEClass, CHECKPOINT_CONFIG__TCP);

		updateConfigEClass = createEClass(UPDATE_CONFIG);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__OLD_PROGRAM);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__NEW_PROGRAM);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__SNAPSHOT);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__PID);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__DESTINATION);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__DESTINATION_PID);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__TIMEOUT_MILLIS);
		createEAttribute(updateConfigEClass, UPDATE_CONFIG__ALLOW_DATA_CHANGE);

		snapshotEClass = createEClass(SNAPSHOT);
		createEAttribute(snapshotEClass, SNAPSHOT__FORMAT_VERSION);
		createEAttribute(snapshotEClass, SNAPSHOT__ID);
		createEAttribute(snapshotEClass, SNAPSHOT__CREATED);
		createEReference(snapshotEClass, SNAPSHOT__PROCESS);
		createEReference(snapshotEClass, SNAPSHOT__THREADS);
		createEReference(snapshotEClass, SNAPSHOT__REGIONS);
		createEReference(snapshotEClass, SNAPSHOT__FILE_DESCRIPTORS);
		createEReference(snapshotEClass, SNAPSHOT__SIGNAL_ACTIONS);
		createEReference(snapshotEClass, SNAPSHOT__TRIGGER);
		createEReference(snapshotEClass, SNAPSHOT__FILES);

		processInfoEClass = createEClass(PROCESS_INFO);
		createEAttribute(processInfoEClass, PROCESS_INFO__PID);
		createEAttribute(processInfoEClass, PROCESS_INFO__PPID);
		createEAttribute(processInfoEClass, PROCESS_INFO__EXE_PATH);
		createEAttribute(processInfoEClass, PROCESS_INFO__EXE_BUILD_ID);
		createEAttribute(processInfoEClass, PROCESS_INFO__CWD);
		createEAttribute(processInfoEClass, PROCESS_INFO__CMDLINE);
		createEAttribute(processInfoEClass, PROCESS_INFO__PERSONALITY);
		createEReference(processInfoEClass, PROCESS_INFO__RLIMITS);
		createEReference(processInfoEClass, PROCESS_INFO__AUXV);
		createEReference(processInfoEClass, PROCESS_INFO__MM);

		rlimitEClass = createEClass(RLIMIT);
		createEAttribute(rlimitEClass, RLIMIT__RESOURCE);
		createEAttribute(rlimitEClass, RLIMIT__SOFT);
		createEAttribute(rlimitEClass, RLIMIT__HARD);

		auxvEntryEClass = createEClass(AUXV_ENTRY);
		createEAttribute(auxvEntryEClass, AUXV_ENTRY__TYPE);
		createEAttribute(auxvEntryEClass, AUXV_ENTRY__VALUE);

		mmLayoutEClass = createEClass(MM_LAYOUT);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__START_CODE);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__END_CODE);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__START_DATA);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__END_DATA);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__START_BRK);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__BRK);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__START_STACK);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__ARG_START);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__ARG_END);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__ENV_START);
		createEAttribute(mmLayoutEClass, MM_LAYOUT__ENV_END);

		threadStateEClass = createEClass(THREAD_STATE);
		createEAttribute(threadStateEClass, THREAD_STATE__TID);
		createEAttribute(threadStateEClass, THREAD_STATE__NAME);
		createEReference(threadStateEClass, THREAD_STATE__REGISTERS);
		createEAttribute(threadStateEClass, THREAD_STATE__FS_BASE);
		createEAttribute(threadStateEClass, THREAD_STATE__GS_BASE);
		createEAttribute(threadStateEClass, THREAD_STATE__SIGMASK);
		createEAttribute(threadStateEClass, THREAD_STATE__XSTATE_SIZE);
		createEReference(threadStateEClass, THREAD_STATE__FRAMES);

		registersEClass = createEClass(REGISTERS);
		createEAttribute(registersEClass, REGISTERS__R15);
		createEAttribute(registersEClass, REGISTERS__R14);
		createEAttribute(registersEClass, REGISTERS__R13);
		createEAttribute(registersEClass, REGISTERS__R12);
		createEAttribute(registersEClass, REGISTERS__RBP);
		createEAttribute(registersEClass, REGISTERS__RBX);
		createEAttribute(registersEClass, REGISTERS__R11);
		createEAttribute(registersEClass, REGISTERS__R10);
		createEAttribute(registersEClass, REGISTERS__R9);
		createEAttribute(registersEClass, REGISTERS__R8);
		createEAttribute(registersEClass, REGISTERS__RAX);
		createEAttribute(registersEClass, REGISTERS__RCX);
		createEAttribute(registersEClass, REGISTERS__RDX);
		createEAttribute(registersEClass, REGISTERS__RSI);
		createEAttribute(registersEClass, REGISTERS__RDI);
		createEAttribute(registersEClass, REGISTERS__ORIG_RAX);
		createEAttribute(registersEClass, REGISTERS__RIP);
		createEAttribute(registersEClass, REGISTERS__CS);
		createEAttribute(registersEClass, REGISTERS__EFLAGS);
		createEAttribute(registersEClass, REGISTERS__RSP);
		createEAttribute(registersEClass, REGISTERS__SS);
		createEAttribute(registersEClass, REGISTERS__DS);
		createEAttribute(registersEClass, REGISTERS__ES);
		createEAttribute(registersEClass, REGISTERS__FS);
		createEAttribute(registersEClass, REGISTERS__GS);

		frameEClass = createEClass(FRAME);
		createEAttribute(frameEClass, FRAME__INDEX);
		createEAttribute(frameEClass, FRAME__PC);
		createEAttribute(frameEClass, FRAME__FUNCTION);
		createEAttribute(frameEClass, FRAME__OFFSET);
		createEAttribute(frameEClass, FRAME__MODULE);
		createEAttribute(frameEClass, FRAME__CFA);
		createEAttribute(frameEClass, FRAME__RETURN_ADDRESS_SLOT);
		createEAttribute(frameEClass, FRAME__SOURCE_FILE);
		createEAttribute(frameEClass, FRAME__LINE);

		memoryRegionEClass = createEClass(MEMORY_REGION);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__START);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__END);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__PERMISSIONS);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__FLAGS);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__KIND);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__PATH);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__OFFSET);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__DEVICE);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__INODE);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__BUILD_ID);
		createEAttribute(memoryRegionEClass, MEMORY_REGION__SAVED);
		createEOperation(memoryRegionEClass, MEMORY_REGION___SIZE);
		createEOperation(memoryRegionEClass, MEMORY_REGION___CONTAINS__LONG);

		fileDescriptorEClass = createEClass(FILE_DESCRIPTOR);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__FD);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__KIND);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__PATH);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__FLAGS);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__OFFSET);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__CLOSE_ON_EXEC);
		createEAttribute(fileDescriptorEClass, FILE_DESCRIPTOR__DETAILS);
		createEReference(fileDescriptorEClass, FILE_DESCRIPTOR__EPOLL_WATCHES);
		createEReference(fileDescriptorEClass, FILE_DESCRIPTOR__SOCKET);

		epollWatchEClass = createEClass(EPOLL_WATCH);
		createEAttribute(epollWatchEClass, EPOLL_WATCH__TARGET_FD);
		createEAttribute(epollWatchEClass, EPOLL_WATCH__EVENTS);
		createEAttribute(epollWatchEClass, EPOLL_WATCH__DATA);

		socketInfoEClass = createEClass(SOCKET_INFO);
		createEAttribute(socketInfoEClass, SOCKET_INFO__FAMILY);
		createEAttribute(socketInfoEClass, SOCKET_INFO__TYPE);
		createEAttribute(socketInfoEClass, SOCKET_INFO__LOCAL_ADDRESS);
		createEAttribute(socketInfoEClass, SOCKET_INFO__LOCAL_PORT);
		createEAttribute(socketInfoEClass, SOCKET_INFO__REMOTE_ADDRESS);
		createEAttribute(socketInfoEClass, SOCKET_INFO__REMOTE_PORT);
		createEAttribute(socketInfoEClass, SOCKET_INFO__STATE);
		createEAttribute(socketInfoEClass, SOCKET_INFO__BACKLOG);
		createEAttribute(socketInfoEClass, SOCKET_INFO__INODE);
		createEReference(socketInfoEClass, SOCKET_INFO__TCP_REPAIR);

		tcpRepairStateEClass = createEClass(TCP_REPAIR_STATE);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SEND_SEQ);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RECV_SEQ);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SEND_QUEUE_BYTES);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RECV_QUEUE_BYTES);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__UNSENT_BYTES);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SEND_QUEUE_FILE);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RECV_QUEUE_FILE);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__MSS);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SND_WSCALE);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RCV_WSCALE);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__TIMESTAMP);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SACK_OK);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__TIMESTAMPS_OK);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SND_WL1);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__SND_WND);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__MAX_WINDOW);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RCV_WND);
		createEAttribute(tcpRepairStateEClass, TCP_REPAIR_STATE__RCV_WUP);

		signalActionEClass = createEClass(SIGNAL_ACTION);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__SIGNAL);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__NAME);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__HANDLER);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__RESTORER);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__FLAGS);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__MASK);
		createEAttribute(signalActionEClass, SIGNAL_ACTION__HANDLER_SYMBOL);

		triggerEventEClass = createEClass(TRIGGER_EVENT);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__FUNCTION);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__THREAD_ID);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__PC);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__RETURN_VALUE);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__TIME);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__BACKEND);
		createEAttribute(triggerEventEClass, TRIGGER_EVENT__SEQUENCE);

		snapshotFileEClass = createEClass(SNAPSHOT_FILE);
		createEAttribute(snapshotFileEClass, SNAPSHOT_FILE__NAME);
		createEAttribute(snapshotFileEClass, SNAPSHOT_FILE__SIZE);
		createEAttribute(snapshotFileEClass, SNAPSHOT_FILE__SHA256);
		createEAttribute(snapshotFileEClass, SNAPSHOT_FILE__CHECKSUM);

		programDiffEClass = createEClass(PROGRAM_DIFF);
		createEAttribute(programDiffEClass, PROGRAM_DIFF__OLD_PROGRAM);
		createEAttribute(programDiffEClass, PROGRAM_DIFF__NEW_PROGRAM);
		createEAttribute(programDiffEClass, PROGRAM_DIFF__OLD_BUILD_ID);
		createEAttribute(programDiffEClass, PROGRAM_DIFF__NEW_BUILD_ID);
		createEReference(programDiffEClass, PROGRAM_DIFF__FUNCTIONS);
		createEReference(programDiffEClass, PROGRAM_DIFF__DATA);

		symbolChangeEClass = createEClass(SYMBOL_CHANGE);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__NAME);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__SCOPE);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__KIND);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__OLD_ADDRESS);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__OLD_SIZE);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__NEW_ADDRESS);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__NEW_SIZE);
		createEAttribute(symbolChangeEClass, SYMBOL_CHANGE__REASON);

		// Create enums
		destinationKindEEnum = createEEnum(DESTINATION_KIND);
		regionKindEEnum = createEEnum(REGION_KIND);
		fdKindEEnum = createEEnum(FD_KIND);
		changeKindEEnum = createEEnum(CHANGE_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(checkpointConfigEClass, CheckpointConfig.class, "CheckpointConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCheckpointConfig_Program(), ecorePackage.getEString(), "program", null, 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_Pid(), ecorePackage.getEInt(), "pid", "0", 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_Command(), ecorePackage.getEString(), "command", null, 0, -1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_Store(), ecorePackage.getEString(), "store", null, 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_Functions(), ecorePackage.getEString(), "functions", null, 0, -1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_KeepLast(), ecorePackage.getEInt(), "keepLast", "0", 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_MinIntervalMillis(), ecorePackage.getELong(), "minIntervalMillis", "0", 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCheckpointConfig_Tcp(), ecorePackage.getEBoolean(), "tcp", "false", 0, 1, CheckpointConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(updateConfigEClass, UpdateConfig.class, "UpdateConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUpdateConfig_OldProgram(), ecorePackage.getEString(), "oldProgram", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_NewProgram(), ecorePackage.getEString(), "newProgram", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_Snapshot(), ecorePackage.getEString(), "snapshot", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_Pid(), ecorePackage.getEInt(), "pid", "0", 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_UpdatedFunctionsFile(), ecorePackage.getEString(), "updatedFunctionsFile", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_UpdatedFunctionsAuto(), ecorePackage.getEBoolean(), "updatedFunctionsAuto", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_Destination(), this.getDestinationKind(), "destination", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_DestinationPid(), ecorePackage.getEInt(), "destinationPid", "0", 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_TimeoutMillis(), ecorePackage.getELong(), "timeoutMillis", "0", 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUpdateConfig_AllowDataChange(), ecorePackage.getEBoolean(), "allowDataChange", null, 0, 1, UpdateConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snapshotEClass, Snapshot.class, "Snapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnapshot_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshot_Id(), ecorePackage.getEString(), "id", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshot_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Process(), this.getProcessInfo(), null, "process", null, 1, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Threads(), this.getThreadState(), null, "threads", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Regions(), this.getMemoryRegion(), null, "regions", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_FileDescriptors(), this.getFileDescriptor(), null, "fileDescriptors", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_SignalActions(), this.getSignalAction(), null, "signalActions", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Trigger(), this.getTriggerEvent(), null, "trigger", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Files(), this.getSnapshotFile(), null, "files", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(processInfoEClass, ProcessInfo.class, "ProcessInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProcessInfo_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_Ppid(), ecorePackage.getEInt(), "ppid", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_ExePath(), ecorePackage.getEString(), "exePath", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_ExeBuildId(), ecorePackage.getEString(), "exeBuildId", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_Cwd(), ecorePackage.getEString(), "cwd", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_Cmdline(), ecorePackage.getEString(), "cmdline", null, 0, -1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProcessInfo_Personality(), ecorePackage.getEInt(), "personality", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessInfo_Rlimits(), this.getRlimit(), null, "rlimits", null, 0, -1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessInfo_Auxv(), this.getAuxvEntry(), null, "auxv", null, 0, -1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProcessInfo_Mm(), this.getMmLayout(), null, "mm", null, 0, 1, ProcessInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rlimitEClass, Rlimit.class, "Rlimit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRlimit_Resource(), ecorePackage.getEString(), "resource", null, 0, 1, Rlimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRlimit_Soft(), ecorePackage.getELong(), "soft", null, 0, 1, Rlimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRlimit_Hard(), ecorePackage.getELong(), "hard", null, 0, 1, Rlimit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auxvEntryEClass, AuxvEntry.class, "AuxvEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuxvEntry_Type(), ecorePackage.getELong(), "type", null, 0, 1, AuxvEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuxvEntry_Value(), ecorePackage.getELong(), "value", null, 0, 1, AuxvEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mmLayoutEClass, MmLayout.class, "MmLayout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMmLayout_StartCode(), ecorePackage.getELong(), "startCode", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_EndCode(), ecorePackage.getELong(), "endCode", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_StartData(), ecorePackage.getELong(), "startData", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_EndData(), ecorePackage.getELong(), "endData", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_StartBrk(), ecorePackage.getELong(), "startBrk", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_Brk(), ecorePackage.getELong(), "brk", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_StartStack(), ecorePackage.getELong(), "startStack", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_ArgStart(), ecorePackage.getELong(), "argStart", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_ArgEnd(), ecorePackage.getELong(), "argEnd", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_EnvStart(), ecorePackage.getELong(), "envStart", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMmLayout_EnvEnd(), ecorePackage.getELong(), "envEnd", null, 0, 1, MmLayout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(threadStateEClass, ThreadState.class, "ThreadState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThreadState_Tid(), ecorePackage.getEInt(), "tid", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Name(), ecorePackage.getEString(), "name", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getThreadState_Registers(), this.getRegisters(), null, "registers", null, 1, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_FsBase(), ecorePackage.getELong(), "fsBase", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_GsBase(), ecorePackage.getELong(), "gsBase", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Sigmask(), ecorePackage.getELong(), "sigmask", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_XstateSize(), ecorePackage.getEInt(), "xstateSize", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getThreadState_Frames(), this.getFrame(), null, "frames", null, 0, -1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registersEClass, Registers.class, "Registers", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegisters_R15(), ecorePackage.getELong(), "r15", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R14(), ecorePackage.getELong(), "r14", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R13(), ecorePackage.getELong(), "r13", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R12(), ecorePackage.getELong(), "r12", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rbp(), ecorePackage.getELong(), "rbp", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rbx(), ecorePackage.getELong(), "rbx", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R11(), ecorePackage.getELong(), "r11", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R10(), ecorePackage.getELong(), "r10", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R9(), ecorePackage.getELong(), "r9", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_R8(), ecorePackage.getELong(), "r8", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rax(), ecorePackage.getELong(), "rax", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rcx(), ecorePackage.getELong(), "rcx", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rdx(), ecorePackage.getELong(), "rdx", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rsi(), ecorePackage.getELong(), "rsi", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rdi(), ecorePackage.getELong(), "rdi", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_OrigRax(), ecorePackage.getELong(), "origRax", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rip(), ecorePackage.getELong(), "rip", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Cs(), ecorePackage.getELong(), "cs", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Eflags(), ecorePackage.getELong(), "eflags", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Rsp(), ecorePackage.getELong(), "rsp", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Ss(), ecorePackage.getELong(), "ss", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Ds(), ecorePackage.getELong(), "ds", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Es(), ecorePackage.getELong(), "es", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Fs(), ecorePackage.getELong(), "fs", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisters_Gs(), ecorePackage.getELong(), "gs", null, 0, 1, Registers.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frameEClass, Frame.class, "Frame", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFrame_Index(), ecorePackage.getEInt(), "index", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Pc(), ecorePackage.getELong(), "pc", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Function(), ecorePackage.getEString(), "function", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Module(), ecorePackage.getEString(), "module", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Cfa(), ecorePackage.getELong(), "cfa", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_ReturnAddressSlot(), ecorePackage.getELong(), "returnAddressSlot", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFrame_Line(), ecorePackage.getEInt(), "line", null, 0, 1, Frame.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryRegionEClass, MemoryRegion.class, "MemoryRegion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemoryRegion_Start(), ecorePackage.getELong(), "start", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_End(), ecorePackage.getELong(), "end", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Permissions(), ecorePackage.getEString(), "permissions", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Flags(), ecorePackage.getEString(), "flags", null, 0, -1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Kind(), this.getRegionKind(), "kind", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Path(), ecorePackage.getEString(), "path", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Device(), ecorePackage.getEString(), "device", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Inode(), ecorePackage.getELong(), "inode", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_BuildId(), ecorePackage.getEString(), "buildId", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemoryRegion_Saved(), ecorePackage.getEBoolean(), "saved", null, 0, 1, MemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getMemoryRegion__Size(), ecorePackage.getELong(), "size", 0, 1, IS_UNIQUE, IS_ORDERED);

		EOperation op = initEOperation(getMemoryRegion__Contains__long(), ecorePackage.getEBoolean(), "contains", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getELong(), "address", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(fileDescriptorEClass, FileDescriptor.class, "FileDescriptor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFileDescriptor_Fd(), ecorePackage.getEInt(), "fd", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_Kind(), this.getFdKind(), "kind", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_Path(), ecorePackage.getEString(), "path", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_CloseOnExec(), ecorePackage.getEBoolean(), "closeOnExec", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFileDescriptor_Details(), ecorePackage.getEString(), "details", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFileDescriptor_EpollWatches(), this.getEpollWatch(), null, "epollWatches", null, 0, -1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFileDescriptor_Socket(), this.getSocketInfo(), null, "socket", null, 0, 1, FileDescriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(epollWatchEClass, EpollWatch.class, "EpollWatch", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpollWatch_TargetFd(), ecorePackage.getEInt(), "targetFd", null, 0, 1, EpollWatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpollWatch_Events(), ecorePackage.getEInt(), "events", null, 0, 1, EpollWatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpollWatch_Data(), ecorePackage.getELong(), "data", null, 0, 1, EpollWatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(socketInfoEClass, SocketInfo.class, "SocketInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSocketInfo_Family(), ecorePackage.getEString(), "family", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_Type(), ecorePackage.getEString(), "type", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_LocalAddress(), ecorePackage.getEString(), "localAddress", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_LocalPort(), ecorePackage.getEInt(), "localPort", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_RemoteAddress(), ecorePackage.getEString(), "remoteAddress", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_RemotePort(), ecorePackage.getEInt(), "remotePort", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_State(), ecorePackage.getEString(), "state", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_Backlog(), ecorePackage.getEInt(), "backlog", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSocketInfo_Inode(), ecorePackage.getELong(), "inode", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSocketInfo_TcpRepair(), this.getTcpRepairState(), null, "tcpRepair", null, 0, 1, SocketInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tcpRepairStateEClass, TcpRepairState.class, "TcpRepairState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTcpRepairState_SendSeq(), ecorePackage.getELong(), "sendSeq", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RecvSeq(), ecorePackage.getELong(), "recvSeq", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SendQueueBytes(), ecorePackage.getEInt(), "sendQueueBytes", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RecvQueueBytes(), ecorePackage.getEInt(), "recvQueueBytes", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_UnsentBytes(), ecorePackage.getEInt(), "unsentBytes", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SendQueueFile(), ecorePackage.getEString(), "sendQueueFile", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RecvQueueFile(), ecorePackage.getEString(), "recvQueueFile", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_Mss(), ecorePackage.getEInt(), "mss", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SndWscale(), ecorePackage.getEInt(), "sndWscale", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RcvWscale(), ecorePackage.getEInt(), "rcvWscale", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_Timestamp(), ecorePackage.getELong(), "timestamp", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SackOk(), ecorePackage.getEBoolean(), "sackOk", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_TimestampsOk(), ecorePackage.getEBoolean(), "timestampsOk", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SndWl1(), ecorePackage.getELong(), "sndWl1", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_SndWnd(), ecorePackage.getELong(), "sndWnd", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_MaxWindow(), ecorePackage.getELong(), "maxWindow", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RcvWnd(), ecorePackage.getELong(), "rcvWnd", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTcpRepairState_RcvWup(), ecorePackage.getELong(), "rcvWup", null, 0, 1, TcpRepairState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signalActionEClass, SignalAction.class, "SignalAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignalAction_Signal(), ecorePackage.getEInt(), "signal", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_Name(), ecorePackage.getEString(), "name", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_Handler(), ecorePackage.getELong(), "handler", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_Restorer(), ecorePackage.getELong(), "restorer", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_Flags(), ecorePackage.getELong(), "flags", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_Mask(), ecorePackage.getELong(), "mask", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignalAction_HandlerSymbol(), ecorePackage.getEString(), "handlerSymbol", null, 0, 1, SignalAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(triggerEventEClass, TriggerEvent.class, "TriggerEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTriggerEvent_Function(), ecorePackage.getEString(), "function", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_ThreadId(), ecorePackage.getEInt(), "threadId", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_Pc(), ecorePackage.getELong(), "pc", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_ReturnValue(), ecorePackage.getELong(), "returnValue", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_Time(), ecorePackage.getEDate(), "time", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTriggerEvent_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, TriggerEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snapshotFileEClass, SnapshotFile.class, "SnapshotFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnapshotFile_Name(), ecorePackage.getEString(), "name", null, 0, 1, SnapshotFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshotFile_Size(), ecorePackage.getELong(), "size", null, 0, 1, SnapshotFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshotFile_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, SnapshotFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshotFile_Checksum(), ecorePackage.getEString(), "checksum", null, 0, 1, SnapshotFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programDiffEClass, ProgramDiff.class, "ProgramDiff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgramDiff_OldProgram(), ecorePackage.getEString(), "oldProgram", null, 0, 1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramDiff_NewProgram(), ecorePackage.getEString(), "newProgram", null, 0, 1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramDiff_OldBuildId(), ecorePackage.getEString(), "oldBuildId", null, 0, 1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgramDiff_NewBuildId(), ecorePackage.getEString(), "newBuildId", null, 0, 1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramDiff_Functions(), this.getSymbolChange(), null, "functions", null, 0, -1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramDiff_Data(), this.getSymbolChange(), null, "data", null, 0, -1, ProgramDiff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(symbolChangeEClass, SymbolChange.class, "SymbolChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSymbolChange_Name(), ecorePackage.getEString(), "name", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_Kind(), this.getChangeKind(), "kind", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_OldAddress(), ecorePackage.getELong(), "oldAddress", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_OldSize(), ecorePackage.getELong(), "oldSize", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_NewAddress(), ecorePackage.getELong(), "newAddress", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_NewSize(), ecorePackage.getELong(), "newSize", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSymbolChange_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, SymbolChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(destinationKindEEnum, DestinationKind.class, "DestinationKind");
		addEEnumLiteral(destinationKindEEnum, DestinationKind.LAUNCH);
		addEEnumLiteral(destinationKindEEnum, DestinationKind.PID);

		initEEnum(regionKindEEnum, RegionKind.class, "RegionKind");
		addEEnumLiteral(regionKindEEnum, RegionKind.HEAP);
		addEEnumLiteral(regionKindEEnum, RegionKind.STACK);
		addEEnumLiteral(regionKindEEnum, RegionKind.ANONYMOUS);
		addEEnumLiteral(regionKindEEnum, RegionKind.SHARED_ANONYMOUS);
		addEEnumLiteral(regionKindEEnum, RegionKind.MEMFD);
		addEEnumLiteral(regionKindEEnum, RegionKind.FILE_PRIVATE);
		addEEnumLiteral(regionKindEEnum, RegionKind.FILE_SHARED);
		addEEnumLiteral(regionKindEEnum, RegionKind.VDSO);
		addEEnumLiteral(regionKindEEnum, RegionKind.VVAR);
		addEEnumLiteral(regionKindEEnum, RegionKind.VSYSCALL);
		addEEnumLiteral(regionKindEEnum, RegionKind.OTHER);

		initEEnum(fdKindEEnum, FdKind.class, "FdKind");
		addEEnumLiteral(fdKindEEnum, FdKind.REGULAR);
		addEEnumLiteral(fdKindEEnum, FdKind.DIRECTORY);
		addEEnumLiteral(fdKindEEnum, FdKind.PIPE);
		addEEnumLiteral(fdKindEEnum, FdKind.FIFO);
		addEEnumLiteral(fdKindEEnum, FdKind.UNIX_SOCKET);
		addEEnumLiteral(fdKindEEnum, FdKind.TCP_SOCKET);
		addEEnumLiteral(fdKindEEnum, FdKind.UDP_SOCKET);
		addEEnumLiteral(fdKindEEnum, FdKind.OTHER_SOCKET);
		addEEnumLiteral(fdKindEEnum, FdKind.EVENTFD);
		addEEnumLiteral(fdKindEEnum, FdKind.EPOLL);
		addEEnumLiteral(fdKindEEnum, FdKind.TIMERFD);
		addEEnumLiteral(fdKindEEnum, FdKind.SIGNALFD);
		addEEnumLiteral(fdKindEEnum, FdKind.INOTIFY);
		addEEnumLiteral(fdKindEEnum, FdKind.MEMFD);
		addEEnumLiteral(fdKindEEnum, FdKind.TTY);
		addEEnumLiteral(fdKindEEnum, FdKind.DEVICE);
		addEEnumLiteral(fdKindEEnum, FdKind.OTHER);

		initEEnum(changeKindEEnum, ChangeKind.class, "ChangeKind");
		addEEnumLiteral(changeKindEEnum, ChangeKind.UNCHANGED);
		addEEnumLiteral(changeKindEEnum, ChangeKind.MODIFIED);
		addEEnumLiteral(changeKindEEnum, ChangeKind.ADDED);
		addEEnumLiteral(changeKindEEnum, ChangeKind.REMOVED);

		// Create resource
		createResource(eNS_URI);
	}

} //CruisePackageImpl
