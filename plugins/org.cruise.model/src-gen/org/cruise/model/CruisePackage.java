/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * CRUISE model: run configurations, snapshot manifests and program diffs. Source of truth for the generated code in src-gen (regenerate with releng/org.cruise.codegen).
 * <!-- end-model-doc -->
 * @see org.cruise.model.CruiseFactory
 * @model kind="package"
 * @generated
 */
public interface CruisePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://cruise.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cruise";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CruisePackage eINSTANCE = org.cruise.model.impl.CruisePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.CheckpointConfigImpl <em>Checkpoint Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.CheckpointConfigImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getCheckpointConfig()
	 * @generated
	 */
	int CHECKPOINT_CONFIG = 0;

	/**
	 * The feature id for the '<em><b>Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__PROGRAM = 0;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__PID = 1;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__COMMAND = 2;

	/**
	 * The feature id for the '<em><b>Store</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__STORE = 3;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__FUNCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Keep Last</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__KEEP_LAST = 5;

	/**
	 * The feature id for the '<em><b>Min Interval Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS = 6;

	/**
	 * The feature id for the '<em><b>Tcp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG__TCP = 7;

	/**
	 * The number of structural features of the '<em>Checkpoint Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Checkpoint Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.UpdateConfigImpl <em>Update Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.UpdateConfigImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getUpdateConfig()
	 * @generated
	 */
	int UPDATE_CONFIG = 1;

	/**
	 * The feature id for the '<em><b>Old Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__OLD_PROGRAM = 0;

	/**
	 * The feature id for the '<em><b>New Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__NEW_PROGRAM = 1;

	/**
	 * The feature id for the '<em><b>Snapshot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__SNAPSHOT = 2;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__PID = 3;

	/**
	 * The feature id for the '<em><b>Updated Functions File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE = 4;

	/**
	 * The feature id for the '<em><b>Updated Functions Auto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO = 5;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__DESTINATION = 6;

	/**
	 * The feature id for the '<em><b>Destination Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__DESTINATION_PID = 7;

	/**
	 * The feature id for the '<em><b>Timeout Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__TIMEOUT_MILLIS = 8;

	/**
	 * The feature id for the '<em><b>Allow Data Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG__ALLOW_DATA_CHANGE = 9;

	/**
	 * The number of structural features of the '<em>Update Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Update Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.SnapshotImpl <em>Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.SnapshotImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getSnapshot()
	 * @generated
	 */
	int SNAPSHOT = 2;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__ID = 1;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__CREATED = 2;

	/**
	 * The feature id for the '<em><b>Process</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__PROCESS = 3;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__THREADS = 4;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__REGIONS = 5;

	/**
	 * The feature id for the '<em><b>File Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__FILE_DESCRIPTORS = 6;

	/**
	 * The feature id for the '<em><b>Signal Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__SIGNAL_ACTIONS = 7;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__TRIGGER = 8;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT__FILES = 9;

	/**
	 * The number of structural features of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.ProcessInfoImpl <em>Process Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.ProcessInfoImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getProcessInfo()
	 * @generated
	 */
	int PROCESS_INFO = 3;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__PID = 0;

	/**
	 * The feature id for the '<em><b>Ppid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__PPID = 1;

	/**
	 * The feature id for the '<em><b>Exe Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__EXE_PATH = 2;

	/**
	 * The feature id for the '<em><b>Exe Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__EXE_BUILD_ID = 3;

	/**
	 * The feature id for the '<em><b>Cwd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__CWD = 4;

	/**
	 * The feature id for the '<em><b>Cmdline</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__CMDLINE = 5;

	/**
	 * The feature id for the '<em><b>Personality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__PERSONALITY = 6;

	/**
	 * The feature id for the '<em><b>Rlimits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__RLIMITS = 7;

	/**
	 * The feature id for the '<em><b>Auxv</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__AUXV = 8;

	/**
	 * The feature id for the '<em><b>Mm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO__MM = 9;

	/**
	 * The number of structural features of the '<em>Process Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Process Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROCESS_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.RlimitImpl <em>Rlimit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.RlimitImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getRlimit()
	 * @generated
	 */
	int RLIMIT = 4;

	/**
	 * The feature id for the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RLIMIT__RESOURCE = 0;

	/**
	 * The feature id for the '<em><b>Soft</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RLIMIT__SOFT = 1;

	/**
	 * The feature id for the '<em><b>Hard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RLIMIT__HARD = 2;

	/**
	 * The number of structural features of the '<em>Rlimit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RLIMIT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rlimit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RLIMIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.AuxvEntryImpl <em>Auxv Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.AuxvEntryImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getAuxvEntry()
	 * @generated
	 */
	int AUXV_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXV_ENTRY__TYPE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXV_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Auxv Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXV_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Auxv Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUXV_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.MmLayoutImpl <em>Mm Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.MmLayoutImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getMmLayout()
	 * @generated
	 */
	int MM_LAYOUT = 6;

	/**
	 * The feature id for the '<em><b>Start Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__START_CODE = 0;

	/**
	 * The feature id for the '<em><b>End Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__END_CODE = 1;

	/**
	 * The feature id for the '<em><b>Start Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__START_DATA = 2;

	/**
	 * The feature id for the '<em><b>End Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__END_DATA = 3;

	/**
	 * The feature id for the '<em><b>Start Brk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__START_BRK = 4;

	/**
	 * The feature id for the '<em><b>Brk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__BRK = 5;

	/**
	 * The feature id for the '<em><b>Start Stack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__START_STACK = 6;

	/**
	 * The feature id for the '<em><b>Arg Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__ARG_START = 7;

	/**
	 * The feature id for the '<em><b>Arg End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__ARG_END = 8;

	/**
	 * The feature id for the '<em><b>Env Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__ENV_START = 9;

	/**
	 * The feature id for the '<em><b>Env End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT__ENV_END = 10;

	/**
	 * The number of structural features of the '<em>Mm Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Mm Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.ThreadStateImpl <em>Thread State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.ThreadStateImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getThreadState()
	 * @generated
	 */
	int THREAD_STATE = 7;

	/**
	 * The feature id for the '<em><b>Tid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__TID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__REGISTERS = 2;

	/**
	 * The feature id for the '<em><b>Fs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__FS_BASE = 3;

	/**
	 * The feature id for the '<em><b>Gs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__GS_BASE = 4;

	/**
	 * The feature id for the '<em><b>Sigmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__SIGMASK = 5;

	/**
	 * The feature id for the '<em><b>Xstate Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__XSTATE_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__FRAMES = 7;

	/**
	 * The number of structural features of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.RegistersImpl <em>Registers</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.RegistersImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getRegisters()
	 * @generated
	 */
	int REGISTERS = 8;

	/**
	 * The feature id for the '<em><b>R15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R15 = 0;

	/**
	 * The feature id for the '<em><b>R14</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R14 = 1;

	/**
	 * The feature id for the '<em><b>R13</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R13 = 2;

	/**
	 * The feature id for the '<em><b>R12</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R12 = 3;

	/**
	 * The feature id for the '<em><b>Rbp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RBP = 4;

	/**
	 * The feature id for the '<em><b>Rbx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RBX = 5;

	/**
	 * The feature id for the '<em><b>R11</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R11 = 6;

	/**
	 * The feature id for the '<em><b>R10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R10 = 7;

	/**
	 * The feature id for the '<em><b>R9</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R9 = 8;

	/**
	 * The feature id for the '<em><b>R8</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__R8 = 9;

	/**
	 * The feature id for the '<em><b>Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RAX = 10;

	/**
	 * The feature id for the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RCX = 11;

	/**
	 * The feature id for the '<em><b>Rdx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RDX = 12;

	/**
	 * The feature id for the '<em><b>Rsi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RSI = 13;

	/**
	 * The feature id for the '<em><b>Rdi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RDI = 14;

	/**
	 * The feature id for the '<em><b>Orig Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__ORIG_RAX = 15;

	/**
	 * The feature id for the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RIP = 16;

	/**
	 * The feature id for the '<em><b>Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__CS = 17;

	/**
	 * The feature id for the '<em><b>Eflags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__EFLAGS = 18;

	/**
	 * The feature id for the '<em><b>Rsp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__RSP = 19;

	/**
	 * The feature id for the '<em><b>Ss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__SS = 20;

	/**
	 * The feature id for the '<em><b>Ds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__DS = 21;

	/**
	 * The feature id for the '<em><b>Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__ES = 22;

	/**
	 * The feature id for the '<em><b>Fs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__FS = 23;

	/**
	 * The feature id for the '<em><b>Gs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS__GS = 24;

	/**
	 * The number of structural features of the '<em>Registers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS_FEATURE_COUNT = 25;

	/**
	 * The number of operations of the '<em>Registers</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.FrameImpl <em>Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.FrameImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getFrame()
	 * @generated
	 */
	int FRAME = 9;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Pc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__PC = 1;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__FUNCTION = 2;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__OFFSET = 3;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__MODULE = 4;

	/**
	 * The feature id for the '<em><b>Cfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__CFA = 5;

	/**
	 * The feature id for the '<em><b>Return Address Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__RETURN_ADDRESS_SLOT = 6;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__SOURCE_FILE = 7;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME__LINE = 8;

	/**
	 * The number of structural features of the '<em>Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.MemoryRegionImpl <em>Memory Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.MemoryRegionImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getMemoryRegion()
	 * @generated
	 */
	int MEMORY_REGION = 10;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__END = 1;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__PERMISSIONS = 2;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__KIND = 4;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__PATH = 5;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__OFFSET = 6;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__DEVICE = 7;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__INODE = 8;

	/**
	 * The feature id for the '<em><b>Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__BUILD_ID = 9;

	/**
	 * The feature id for the '<em><b>Saved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION__SAVED = 10;

	/**
	 * The number of structural features of the '<em>Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION_FEATURE_COUNT = 11;

	/**
	 * The operation id for the '<em>Size</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION___SIZE = 0;

	/**
	 * The operation id for the '<em>Contains</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION___CONTAINS__LONG = 1;

	/**
	 * The number of operations of the '<em>Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_REGION_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.FileDescriptorImpl <em>File Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.FileDescriptorImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getFileDescriptor()
	 * @generated
	 */
	int FILE_DESCRIPTOR = 11;

	/**
	 * The feature id for the '<em><b>Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__FD = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__KIND = 1;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__PATH = 2;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__OFFSET = 4;

	/**
	 * The feature id for the '<em><b>Close On Exec</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__CLOSE_ON_EXEC = 5;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__DETAILS = 6;

	/**
	 * The feature id for the '<em><b>Epoll Watches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__EPOLL_WATCHES = 7;

	/**
	 * The feature id for the '<em><b>Socket</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR__SOCKET = 8;

	/**
	 * The number of structural features of the '<em>File Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>File Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DESCRIPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.EpollWatchImpl <em>Epoll Watch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.EpollWatchImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getEpollWatch()
	 * @generated
	 */
	int EPOLL_WATCH = 12;

	/**
	 * The feature id for the '<em><b>Target Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOLL_WATCH__TARGET_FD = 0;

	/**
	 * The feature id for the '<em><b>Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOLL_WATCH__EVENTS = 1;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOLL_WATCH__DATA = 2;

	/**
	 * The number of structural features of the '<em>Epoll Watch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOLL_WATCH_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Epoll Watch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOLL_WATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.SocketInfoImpl <em>Socket Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.SocketInfoImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getSocketInfo()
	 * @generated
	 */
	int SOCKET_INFO = 13;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__FAMILY = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Local Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__LOCAL_ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Local Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__LOCAL_PORT = 3;

	/**
	 * The feature id for the '<em><b>Remote Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__REMOTE_ADDRESS = 4;

	/**
	 * The feature id for the '<em><b>Remote Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__REMOTE_PORT = 5;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__STATE = 6;

	/**
	 * The feature id for the '<em><b>Backlog</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__BACKLOG = 7;

	/**
	 * The feature id for the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__INODE = 8;

	/**
	 * The feature id for the '<em><b>Tcp Repair</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO__TCP_REPAIR = 9;

	/**
	 * The number of structural features of the '<em>Socket Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Socket Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCKET_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.TcpRepairStateImpl <em>Tcp Repair State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.TcpRepairStateImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getTcpRepairState()
	 * @generated
	 */
	int TCP_REPAIR_STATE = 14;

	/**
	 * The feature id for the '<em><b>Send Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SEND_SEQ = 0;

	/**
	 * The feature id for the '<em><b>Recv Seq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RECV_SEQ = 1;

	/**
	 * The feature id for the '<em><b>Send Queue Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SEND_QUEUE_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Recv Queue Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RECV_QUEUE_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Unsent Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__UNSENT_BYTES = 4;

	/**
	 * The feature id for the '<em><b>Send Queue File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SEND_QUEUE_FILE = 5;

	/**
	 * The feature id for the '<em><b>Recv Queue File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RECV_QUEUE_FILE = 6;

	/**
	 * The feature id for the '<em><b>Mss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__MSS = 7;

	/**
	 * The feature id for the '<em><b>Snd Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SND_WSCALE = 8;

	/**
	 * The feature id for the '<em><b>Rcv Wscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RCV_WSCALE = 9;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__TIMESTAMP = 10;

	/**
	 * The feature id for the '<em><b>Sack Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SACK_OK = 11;

	/**
	 * The feature id for the '<em><b>Timestamps Ok</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__TIMESTAMPS_OK = 12;

	/**
	 * The feature id for the '<em><b>Snd Wl1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SND_WL1 = 13;

	/**
	 * The feature id for the '<em><b>Snd Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__SND_WND = 14;

	/**
	 * The feature id for the '<em><b>Max Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__MAX_WINDOW = 15;

	/**
	 * The feature id for the '<em><b>Rcv Wnd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RCV_WND = 16;

	/**
	 * The feature id for the '<em><b>Rcv Wup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE__RCV_WUP = 17;

	/**
	 * The number of structural features of the '<em>Tcp Repair State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Tcp Repair State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TCP_REPAIR_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.SignalActionImpl <em>Signal Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.SignalActionImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getSignalAction()
	 * @generated
	 */
	int SIGNAL_ACTION = 15;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__SIGNAL = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Handler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__HANDLER = 2;

	/**
	 * The feature id for the '<em><b>Restorer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__RESTORER = 3;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__FLAGS = 4;

	/**
	 * The feature id for the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__MASK = 5;

	/**
	 * The feature id for the '<em><b>Handler Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION__HANDLER_SYMBOL = 6;

	/**
	 * The number of structural features of the '<em>Signal Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Signal Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNAL_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.TriggerEventImpl <em>Trigger Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.TriggerEventImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getTriggerEvent()
	 * @generated
	 */
	int TRIGGER_EVENT = 16;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Thread Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__THREAD_ID = 1;

	/**
	 * The feature id for the '<em><b>Pc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__PC = 2;

	/**
	 * The feature id for the '<em><b>Return Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__RETURN_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__TIME = 4;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__BACKEND = 5;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT__SEQUENCE = 6;

	/**
	 * The number of structural features of the '<em>Trigger Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Trigger Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIGGER_EVENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.SnapshotFileImpl <em>Snapshot File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.SnapshotFileImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getSnapshotFile()
	 * @generated
	 */
	int SNAPSHOT_FILE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE__CHECKSUM = 3;

	/**
	 * The number of structural features of the '<em>Snapshot File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Snapshot File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNAPSHOT_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.ProgramDiffImpl <em>Program Diff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.ProgramDiffImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getProgramDiff()
	 * @generated
	 */
	int PROGRAM_DIFF = 18;

	/**
	 * The feature id for the '<em><b>Old Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__OLD_PROGRAM = 0;

	/**
	 * The feature id for the '<em><b>New Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__NEW_PROGRAM = 1;

	/**
	 * The feature id for the '<em><b>Old Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__OLD_BUILD_ID = 2;

	/**
	 * The feature id for the '<em><b>New Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__NEW_BUILD_ID = 3;

	/**
	 * The feature id for the '<em><b>Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__FUNCTIONS = 4;

	/**
	 * The feature id for the '<em><b>Data</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF__DATA = 5;

	/**
	 * The number of structural features of the '<em>Program Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Program Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_DIFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.impl.SymbolChangeImpl <em>Symbol Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.impl.SymbolChangeImpl
	 * @see org.cruise.model.impl.CruisePackageImpl#getSymbolChange()
	 * @generated
	 */
	int SYMBOL_CHANGE = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Old Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__OLD_ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Old Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__OLD_SIZE = 4;

	/**
	 * The feature id for the '<em><b>New Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__NEW_ADDRESS = 5;

	/**
	 * The feature id for the '<em><b>New Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__NEW_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE__REASON = 7;

	/**
	 * The number of structural features of the '<em>Symbol Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Symbol Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMBOL_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cruise.model.DestinationKind <em>Destination Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.DestinationKind
	 * @see org.cruise.model.impl.CruisePackageImpl#getDestinationKind()
	 * @generated
	 */
	int DESTINATION_KIND = 20;

	/**
	 * The meta object id for the '{@link org.cruise.model.RegionKind <em>Region Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.RegionKind
	 * @see org.cruise.model.impl.CruisePackageImpl#getRegionKind()
	 * @generated
	 */
	int REGION_KIND = 21;

	/**
	 * The meta object id for the '{@link org.cruise.model.FdKind <em>Fd Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.FdKind
	 * @see org.cruise.model.impl.CruisePackageImpl#getFdKind()
	 * @generated
	 */
	int FD_KIND = 22;

	/**
	 * The meta object id for the '{@link org.cruise.model.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cruise.model.ChangeKind
	 * @see org.cruise.model.impl.CruisePackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 23;


	/**
	 * Returns the meta object for class '{@link org.cruise.model.CheckpointConfig <em>Checkpoint Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checkpoint Config</em>'.
	 * @see org.cruise.model.CheckpointConfig
	 * @generated
	 */
	EClass getCheckpointConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#getProgram <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Program</em>'.
	 * @see org.cruise.model.CheckpointConfig#getProgram()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Program();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.cruise.model.CheckpointConfig#getPid()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Pid();

	/**
	 * Returns the meta object for the attribute list '{@link org.cruise.model.CheckpointConfig#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Command</em>'.
	 * @see org.cruise.model.CheckpointConfig#getCommand()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#getStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Store</em>'.
	 * @see org.cruise.model.CheckpointConfig#getStore()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Store();

	/**
	 * Returns the meta object for the attribute list '{@link org.cruise.model.CheckpointConfig#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Functions</em>'.
	 * @see org.cruise.model.CheckpointConfig#getFunctions()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Functions();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#getKeepLast <em>Keep Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keep Last</em>'.
	 * @see org.cruise.model.CheckpointConfig#getKeepLast()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_KeepLast();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#getMinIntervalMillis <em>Min Interval Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Interval Millis</em>'.
	 * @see org.cruise.model.CheckpointConfig#getMinIntervalMillis()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_MinIntervalMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.CheckpointConfig#isTcp <em>Tcp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tcp</em>'.
	 * @see org.cruise.model.CheckpointConfig#isTcp()
	 * @see #getCheckpointConfig()
	 * @generated
	 */
	EAttribute getCheckpointConfig_Tcp();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.UpdateConfig <em>Update Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Config</em>'.
	 * @see org.cruise.model.UpdateConfig
	 * @generated
	 */
	EClass getUpdateConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getOldProgram <em>Old Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Program</em>'.
	 * @see org.cruise.model.UpdateConfig#getOldProgram()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_OldProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getNewProgram <em>New Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Program</em>'.
	 * @see org.cruise.model.UpdateConfig#getNewProgram()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_NewProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getSnapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshot</em>'.
	 * @see org.cruise.model.UpdateConfig#getSnapshot()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Snapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.cruise.model.UpdateConfig#getPid()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Pid();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getUpdatedFunctionsFile <em>Updated Functions File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated Functions File</em>'.
	 * @see org.cruise.model.UpdateConfig#getUpdatedFunctionsFile()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_UpdatedFunctionsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#isUpdatedFunctionsAuto <em>Updated Functions Auto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updated Functions Auto</em>'.
	 * @see org.cruise.model.UpdateConfig#isUpdatedFunctionsAuto()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_UpdatedFunctionsAuto();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.cruise.model.UpdateConfig#getDestination()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getDestinationPid <em>Destination Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination Pid</em>'.
	 * @see org.cruise.model.UpdateConfig#getDestinationPid()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_DestinationPid();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#getTimeoutMillis <em>Timeout Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout Millis</em>'.
	 * @see org.cruise.model.UpdateConfig#getTimeoutMillis()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_TimeoutMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.UpdateConfig#isAllowDataChange <em>Allow Data Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allow Data Change</em>'.
	 * @see org.cruise.model.UpdateConfig#isAllowDataChange()
	 * @see #getUpdateConfig()
	 * @generated
	 */
	EAttribute getUpdateConfig_AllowDataChange();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.Snapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snapshot</em>'.
	 * @see org.cruise.model.Snapshot
	 * @generated
	 */
	EClass getSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Snapshot#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.cruise.model.Snapshot#getFormatVersion()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Snapshot#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.cruise.model.Snapshot#getId()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Snapshot#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.cruise.model.Snapshot#getCreated()
	 * @see #getSnapshot()
	 * @generated
	 */
	EAttribute getSnapshot_Created();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.Snapshot#getProcess <em>Process</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Process</em>'.
	 * @see org.cruise.model.Snapshot#getProcess()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Process();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.Snapshot#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.cruise.model.Snapshot#getThreads()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.Snapshot#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.cruise.model.Snapshot#getRegions()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.Snapshot#getFileDescriptors <em>File Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>File Descriptors</em>'.
	 * @see org.cruise.model.Snapshot#getFileDescriptors()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_FileDescriptors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.Snapshot#getSignalActions <em>Signal Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Signal Actions</em>'.
	 * @see org.cruise.model.Snapshot#getSignalActions()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_SignalActions();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.Snapshot#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trigger</em>'.
	 * @see org.cruise.model.Snapshot#getTrigger()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Trigger();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.Snapshot#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.cruise.model.Snapshot#getFiles()
	 * @see #getSnapshot()
	 * @generated
	 */
	EReference getSnapshot_Files();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.ProcessInfo <em>Process Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Process Info</em>'.
	 * @see org.cruise.model.ProcessInfo
	 * @generated
	 */
	EClass getProcessInfo();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.cruise.model.ProcessInfo#getPid()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_Pid();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getPpid <em>Ppid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ppid</em>'.
	 * @see org.cruise.model.ProcessInfo#getPpid()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_Ppid();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getExePath <em>Exe Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exe Path</em>'.
	 * @see org.cruise.model.ProcessInfo#getExePath()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_ExePath();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getExeBuildId <em>Exe Build Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exe Build Id</em>'.
	 * @see org.cruise.model.ProcessInfo#getExeBuildId()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_ExeBuildId();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getCwd <em>Cwd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cwd</em>'.
	 * @see org.cruise.model.ProcessInfo#getCwd()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_Cwd();

	/**
	 * Returns the meta object for the attribute list '{@link org.cruise.model.ProcessInfo#getCmdline <em>Cmdline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cmdline</em>'.
	 * @see org.cruise.model.ProcessInfo#getCmdline()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_Cmdline();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProcessInfo#getPersonality <em>Personality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personality</em>'.
	 * @see org.cruise.model.ProcessInfo#getPersonality()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EAttribute getProcessInfo_Personality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.ProcessInfo#getRlimits <em>Rlimits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rlimits</em>'.
	 * @see org.cruise.model.ProcessInfo#getRlimits()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EReference getProcessInfo_Rlimits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.ProcessInfo#getAuxv <em>Auxv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Auxv</em>'.
	 * @see org.cruise.model.ProcessInfo#getAuxv()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EReference getProcessInfo_Auxv();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.ProcessInfo#getMm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mm</em>'.
	 * @see org.cruise.model.ProcessInfo#getMm()
	 * @see #getProcessInfo()
	 * @generated
	 */
	EReference getProcessInfo_Mm();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.Rlimit <em>Rlimit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rlimit</em>'.
	 * @see org.cruise.model.Rlimit
	 * @generated
	 */
	EClass getRlimit();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Rlimit#getResource <em>Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource</em>'.
	 * @see org.cruise.model.Rlimit#getResource()
	 * @see #getRlimit()
	 * @generated
	 */
	EAttribute getRlimit_Resource();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Rlimit#getSoft <em>Soft</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft</em>'.
	 * @see org.cruise.model.Rlimit#getSoft()
	 * @see #getRlimit()
	 * @generated
	 */
	EAttribute getRlimit_Soft();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Rlimit#getHard <em>Hard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hard</em>'.
	 * @see org.cruise.model.Rlimit#getHard()
	 * @see #getRlimit()
	 * @generated
	 */
	EAttribute getRlimit_Hard();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.AuxvEntry <em>Auxv Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auxv Entry</em>'.
	 * @see org.cruise.model.AuxvEntry
	 * @generated
	 */
	EClass getAuxvEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.AuxvEntry#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.cruise.model.AuxvEntry#getType()
	 * @see #getAuxvEntry()
	 * @generated
	 */
	EAttribute getAuxvEntry_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.AuxvEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cruise.model.AuxvEntry#getValue()
	 * @see #getAuxvEntry()
	 * @generated
	 */
	EAttribute getAuxvEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.MmLayout <em>Mm Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mm Layout</em>'.
	 * @see org.cruise.model.MmLayout
	 * @generated
	 */
	EClass getMmLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getStartCode <em>Start Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Code</em>'.
	 * @see org.cruise.model.MmLayout#getStartCode()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_StartCode();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getEndCode <em>End Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Code</em>'.
	 * @see org.cruise.model.MmLayout#getEndCode()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_EndCode();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getStartData <em>Start Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Data</em>'.
	 * @see org.cruise.model.MmLayout#getStartData()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_StartData();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getEndData <em>End Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Data</em>'.
	 * @see org.cruise.model.MmLayout#getEndData()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_EndData();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getStartBrk <em>Start Brk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Brk</em>'.
	 * @see org.cruise.model.MmLayout#getStartBrk()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_StartBrk();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getBrk <em>Brk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brk</em>'.
	 * @see org.cruise.model.MmLayout#getBrk()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_Brk();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getStartStack <em>Start Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Stack</em>'.
	 * @see org.cruise.model.MmLayout#getStartStack()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_StartStack();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getArgStart <em>Arg Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arg Start</em>'.
	 * @see org.cruise.model.MmLayout#getArgStart()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_ArgStart();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getArgEnd <em>Arg End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arg End</em>'.
	 * @see org.cruise.model.MmLayout#getArgEnd()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_ArgEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getEnvStart <em>Env Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Env Start</em>'.
	 * @see org.cruise.model.MmLayout#getEnvStart()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_EnvStart();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MmLayout#getEnvEnd <em>Env End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Env End</em>'.
	 * @see org.cruise.model.MmLayout#getEnvEnd()
	 * @see #getMmLayout()
	 * @generated
	 */
	EAttribute getMmLayout_EnvEnd();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread State</em>'.
	 * @see org.cruise.model.ThreadState
	 * @generated
	 */
	EClass getThreadState();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getTid <em>Tid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tid</em>'.
	 * @see org.cruise.model.ThreadState#getTid()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Tid();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cruise.model.ThreadState#getName()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Name();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.ThreadState#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Registers</em>'.
	 * @see org.cruise.model.ThreadState#getRegisters()
	 * @see #getThreadState()
	 * @generated
	 */
	EReference getThreadState_Registers();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getFsBase <em>Fs Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fs Base</em>'.
	 * @see org.cruise.model.ThreadState#getFsBase()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_FsBase();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getGsBase <em>Gs Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gs Base</em>'.
	 * @see org.cruise.model.ThreadState#getGsBase()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_GsBase();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getSigmask <em>Sigmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sigmask</em>'.
	 * @see org.cruise.model.ThreadState#getSigmask()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Sigmask();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ThreadState#getXstateSize <em>Xstate Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xstate Size</em>'.
	 * @see org.cruise.model.ThreadState#getXstateSize()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_XstateSize();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.ThreadState#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frames</em>'.
	 * @see org.cruise.model.ThreadState#getFrames()
	 * @see #getThreadState()
	 * @generated
	 */
	EReference getThreadState_Frames();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.Registers <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registers</em>'.
	 * @see org.cruise.model.Registers
	 * @generated
	 */
	EClass getRegisters();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR15 <em>R15</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R15</em>'.
	 * @see org.cruise.model.Registers#getR15()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R15();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR14 <em>R14</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R14</em>'.
	 * @see org.cruise.model.Registers#getR14()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R14();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR13 <em>R13</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R13</em>'.
	 * @see org.cruise.model.Registers#getR13()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R13();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR12 <em>R12</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R12</em>'.
	 * @see org.cruise.model.Registers#getR12()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R12();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRbp <em>Rbp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rbp</em>'.
	 * @see org.cruise.model.Registers#getRbp()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rbp();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRbx <em>Rbx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rbx</em>'.
	 * @see org.cruise.model.Registers#getRbx()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rbx();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR11 <em>R11</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R11</em>'.
	 * @see org.cruise.model.Registers#getR11()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R11();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR10 <em>R10</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R10</em>'.
	 * @see org.cruise.model.Registers#getR10()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R10();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR9 <em>R9</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R9</em>'.
	 * @see org.cruise.model.Registers#getR9()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R9();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getR8 <em>R8</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R8</em>'.
	 * @see org.cruise.model.Registers#getR8()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_R8();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRax <em>Rax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rax</em>'.
	 * @see org.cruise.model.Registers#getRax()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rax();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRcx <em>Rcx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcx</em>'.
	 * @see org.cruise.model.Registers#getRcx()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rcx();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRdx <em>Rdx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdx</em>'.
	 * @see org.cruise.model.Registers#getRdx()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rdx();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRsi <em>Rsi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rsi</em>'.
	 * @see org.cruise.model.Registers#getRsi()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rsi();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRdi <em>Rdi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdi</em>'.
	 * @see org.cruise.model.Registers#getRdi()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rdi();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getOrigRax <em>Orig Rax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Orig Rax</em>'.
	 * @see org.cruise.model.Registers#getOrigRax()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_OrigRax();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRip <em>Rip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rip</em>'.
	 * @see org.cruise.model.Registers#getRip()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rip();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getCs <em>Cs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cs</em>'.
	 * @see org.cruise.model.Registers#getCs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Cs();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getEflags <em>Eflags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eflags</em>'.
	 * @see org.cruise.model.Registers#getEflags()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Eflags();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getRsp <em>Rsp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rsp</em>'.
	 * @see org.cruise.model.Registers#getRsp()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Rsp();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getSs <em>Ss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ss</em>'.
	 * @see org.cruise.model.Registers#getSs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Ss();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getDs <em>Ds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ds</em>'.
	 * @see org.cruise.model.Registers#getDs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Ds();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getEs <em>Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Es</em>'.
	 * @see org.cruise.model.Registers#getEs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Es();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getFs <em>Fs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fs</em>'.
	 * @see org.cruise.model.Registers#getFs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Fs();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Registers#getGs <em>Gs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gs</em>'.
	 * @see org.cruise.model.Registers#getGs()
	 * @see #getRegisters()
	 * @generated
	 */
	EAttribute getRegisters_Gs();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.Frame <em>Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Frame</em>'.
	 * @see org.cruise.model.Frame
	 * @generated
	 */
	EClass getFrame();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.cruise.model.Frame#getIndex()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getPc <em>Pc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pc</em>'.
	 * @see org.cruise.model.Frame#getPc()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Pc();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.cruise.model.Frame#getFunction()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.cruise.model.Frame#getOffset()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see org.cruise.model.Frame#getModule()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Module();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getCfa <em>Cfa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cfa</em>'.
	 * @see org.cruise.model.Frame#getCfa()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Cfa();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getReturnAddressSlot <em>Return Address Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Address Slot</em>'.
	 * @see org.cruise.model.Frame#getReturnAddressSlot()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_ReturnAddressSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see org.cruise.model.Frame#getSourceFile()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.Frame#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.cruise.model.Frame#getLine()
	 * @see #getFrame()
	 * @generated
	 */
	EAttribute getFrame_Line();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.MemoryRegion <em>Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory Region</em>'.
	 * @see org.cruise.model.MemoryRegion
	 * @generated
	 */
	EClass getMemoryRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.cruise.model.MemoryRegion#getStart()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.cruise.model.MemoryRegion#getEnd()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_End();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Permissions</em>'.
	 * @see org.cruise.model.MemoryRegion#getPermissions()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Permissions();

	/**
	 * Returns the meta object for the attribute list '{@link org.cruise.model.MemoryRegion#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.cruise.model.MemoryRegion#getFlags()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cruise.model.MemoryRegion#getKind()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.cruise.model.MemoryRegion#getPath()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.cruise.model.MemoryRegion#getOffset()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.cruise.model.MemoryRegion#getDevice()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getInode <em>Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inode</em>'.
	 * @see org.cruise.model.MemoryRegion#getInode()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Inode();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#getBuildId <em>Build Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Build Id</em>'.
	 * @see org.cruise.model.MemoryRegion#getBuildId()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_BuildId();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.MemoryRegion#isSaved <em>Saved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Saved</em>'.
	 * @see org.cruise.model.MemoryRegion#isSaved()
	 * @see #getMemoryRegion()
	 * @generated
	 */
	EAttribute getMemoryRegion_Saved();

	/**
	 * Returns the meta object for the '{@link org.cruise.model.MemoryRegion#size() <em>Size</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Size</em>' operation.
	 * @see org.cruise.model.MemoryRegion#size()
	 * @generated
	 */
	EOperation getMemoryRegion__Size();

	/**
	 * Returns the meta object for the '{@link org.cruise.model.MemoryRegion#contains(long) <em>Contains</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Contains</em>' operation.
	 * @see org.cruise.model.MemoryRegion#contains(long)
	 * @generated
	 */
	EOperation getMemoryRegion__Contains__long();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.FileDescriptor <em>File Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Descriptor</em>'.
	 * @see org.cruise.model.FileDescriptor
	 * @generated
	 */
	EClass getFileDescriptor();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getFd <em>Fd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fd</em>'.
	 * @see org.cruise.model.FileDescriptor#getFd()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Fd();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cruise.model.FileDescriptor#getKind()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.cruise.model.FileDescriptor#getPath()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cruise.model.FileDescriptor#getFlags()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.cruise.model.FileDescriptor#getOffset()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#isCloseOnExec <em>Close On Exec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Close On Exec</em>'.
	 * @see org.cruise.model.FileDescriptor#isCloseOnExec()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_CloseOnExec();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.FileDescriptor#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.cruise.model.FileDescriptor#getDetails()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EAttribute getFileDescriptor_Details();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.FileDescriptor#getEpollWatches <em>Epoll Watches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epoll Watches</em>'.
	 * @see org.cruise.model.FileDescriptor#getEpollWatches()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EReference getFileDescriptor_EpollWatches();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.FileDescriptor#getSocket <em>Socket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Socket</em>'.
	 * @see org.cruise.model.FileDescriptor#getSocket()
	 * @see #getFileDescriptor()
	 * @generated
	 */
	EReference getFileDescriptor_Socket();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.EpollWatch <em>Epoll Watch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epoll Watch</em>'.
	 * @see org.cruise.model.EpollWatch
	 * @generated
	 */
	EClass getEpollWatch();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.EpollWatch#getTargetFd <em>Target Fd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Fd</em>'.
	 * @see org.cruise.model.EpollWatch#getTargetFd()
	 * @see #getEpollWatch()
	 * @generated
	 */
	EAttribute getEpollWatch_TargetFd();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.EpollWatch#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Events</em>'.
	 * @see org.cruise.model.EpollWatch#getEvents()
	 * @see #getEpollWatch()
	 * @generated
	 */
	EAttribute getEpollWatch_Events();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.EpollWatch#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.cruise.model.EpollWatch#getData()
	 * @see #getEpollWatch()
	 * @generated
	 */
	EAttribute getEpollWatch_Data();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.SocketInfo <em>Socket Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Socket Info</em>'.
	 * @see org.cruise.model.SocketInfo
	 * @generated
	 */
	EClass getSocketInfo();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.cruise.model.SocketInfo#getFamily()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.cruise.model.SocketInfo#getType()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getLocalAddress <em>Local Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Address</em>'.
	 * @see org.cruise.model.SocketInfo#getLocalAddress()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_LocalAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getLocalPort <em>Local Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Port</em>'.
	 * @see org.cruise.model.SocketInfo#getLocalPort()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_LocalPort();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getRemoteAddress <em>Remote Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Address</em>'.
	 * @see org.cruise.model.SocketInfo#getRemoteAddress()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_RemoteAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getRemotePort <em>Remote Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Port</em>'.
	 * @see org.cruise.model.SocketInfo#getRemotePort()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_RemotePort();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.cruise.model.SocketInfo#getState()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_State();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getBacklog <em>Backlog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backlog</em>'.
	 * @see org.cruise.model.SocketInfo#getBacklog()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_Backlog();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SocketInfo#getInode <em>Inode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inode</em>'.
	 * @see org.cruise.model.SocketInfo#getInode()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EAttribute getSocketInfo_Inode();

	/**
	 * Returns the meta object for the containment reference '{@link org.cruise.model.SocketInfo#getTcpRepair <em>Tcp Repair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tcp Repair</em>'.
	 * @see org.cruise.model.SocketInfo#getTcpRepair()
	 * @see #getSocketInfo()
	 * @generated
	 */
	EReference getSocketInfo_TcpRepair();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.TcpRepairState <em>Tcp Repair State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tcp Repair State</em>'.
	 * @see org.cruise.model.TcpRepairState
	 * @generated
	 */
	EClass getTcpRepairState();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSendSeq <em>Send Seq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Seq</em>'.
	 * @see org.cruise.model.TcpRepairState#getSendSeq()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SendSeq();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRecvSeq <em>Recv Seq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recv Seq</em>'.
	 * @see org.cruise.model.TcpRepairState#getRecvSeq()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RecvSeq();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSendQueueBytes <em>Send Queue Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Queue Bytes</em>'.
	 * @see org.cruise.model.TcpRepairState#getSendQueueBytes()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SendQueueBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRecvQueueBytes <em>Recv Queue Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recv Queue Bytes</em>'.
	 * @see org.cruise.model.TcpRepairState#getRecvQueueBytes()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RecvQueueBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getUnsentBytes <em>Unsent Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unsent Bytes</em>'.
	 * @see org.cruise.model.TcpRepairState#getUnsentBytes()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_UnsentBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSendQueueFile <em>Send Queue File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Send Queue File</em>'.
	 * @see org.cruise.model.TcpRepairState#getSendQueueFile()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SendQueueFile();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRecvQueueFile <em>Recv Queue File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recv Queue File</em>'.
	 * @see org.cruise.model.TcpRepairState#getRecvQueueFile()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RecvQueueFile();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getMss <em>Mss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mss</em>'.
	 * @see org.cruise.model.TcpRepairState#getMss()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_Mss();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSndWscale <em>Snd Wscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Wscale</em>'.
	 * @see org.cruise.model.TcpRepairState#getSndWscale()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SndWscale();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRcvWscale <em>Rcv Wscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Wscale</em>'.
	 * @see org.cruise.model.TcpRepairState#getRcvWscale()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RcvWscale();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.cruise.model.TcpRepairState#getTimestamp()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#isSackOk <em>Sack Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sack Ok</em>'.
	 * @see org.cruise.model.TcpRepairState#isSackOk()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SackOk();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#isTimestampsOk <em>Timestamps Ok</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamps Ok</em>'.
	 * @see org.cruise.model.TcpRepairState#isTimestampsOk()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_TimestampsOk();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSndWl1 <em>Snd Wl1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Wl1</em>'.
	 * @see org.cruise.model.TcpRepairState#getSndWl1()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SndWl1();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getSndWnd <em>Snd Wnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snd Wnd</em>'.
	 * @see org.cruise.model.TcpRepairState#getSndWnd()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_SndWnd();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getMaxWindow <em>Max Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Window</em>'.
	 * @see org.cruise.model.TcpRepairState#getMaxWindow()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_MaxWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRcvWnd <em>Rcv Wnd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Wnd</em>'.
	 * @see org.cruise.model.TcpRepairState#getRcvWnd()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RcvWnd();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TcpRepairState#getRcvWup <em>Rcv Wup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcv Wup</em>'.
	 * @see org.cruise.model.TcpRepairState#getRcvWup()
	 * @see #getTcpRepairState()
	 * @generated
	 */
	EAttribute getTcpRepairState_RcvWup();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.SignalAction <em>Signal Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signal Action</em>'.
	 * @see org.cruise.model.SignalAction
	 * @generated
	 */
	EClass getSignalAction();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signal</em>'.
	 * @see org.cruise.model.SignalAction#getSignal()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Signal();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cruise.model.SignalAction#getName()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getHandler <em>Handler</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handler</em>'.
	 * @see org.cruise.model.SignalAction#getHandler()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Handler();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getRestorer <em>Restorer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Restorer</em>'.
	 * @see org.cruise.model.SignalAction#getRestorer()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Restorer();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cruise.model.SignalAction#getFlags()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getMask <em>Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask</em>'.
	 * @see org.cruise.model.SignalAction#getMask()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_Mask();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SignalAction#getHandlerSymbol <em>Handler Symbol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handler Symbol</em>'.
	 * @see org.cruise.model.SignalAction#getHandlerSymbol()
	 * @see #getSignalAction()
	 * @generated
	 */
	EAttribute getSignalAction_HandlerSymbol();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.TriggerEvent <em>Trigger Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trigger Event</em>'.
	 * @see org.cruise.model.TriggerEvent
	 * @generated
	 */
	EClass getTriggerEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.cruise.model.TriggerEvent#getFunction()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getThreadId <em>Thread Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread Id</em>'.
	 * @see org.cruise.model.TriggerEvent#getThreadId()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_ThreadId();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getPc <em>Pc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pc</em>'.
	 * @see org.cruise.model.TriggerEvent#getPc()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_Pc();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getReturnValue <em>Return Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Value</em>'.
	 * @see org.cruise.model.TriggerEvent#getReturnValue()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_ReturnValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.cruise.model.TriggerEvent#getTime()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.cruise.model.TriggerEvent#getBackend()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.TriggerEvent#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.cruise.model.TriggerEvent#getSequence()
	 * @see #getTriggerEvent()
	 * @generated
	 */
	EAttribute getTriggerEvent_Sequence();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.SnapshotFile <em>Snapshot File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snapshot File</em>'.
	 * @see org.cruise.model.SnapshotFile
	 * @generated
	 */
	EClass getSnapshotFile();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SnapshotFile#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cruise.model.SnapshotFile#getName()
	 * @see #getSnapshotFile()
	 * @generated
	 */
	EAttribute getSnapshotFile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SnapshotFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.cruise.model.SnapshotFile#getSize()
	 * @see #getSnapshotFile()
	 * @generated
	 */
	EAttribute getSnapshotFile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SnapshotFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.cruise.model.SnapshotFile#getSha256()
	 * @see #getSnapshotFile()
	 * @generated
	 */
	EAttribute getSnapshotFile_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SnapshotFile#getChecksum <em>Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checksum</em>'.
	 * @see org.cruise.model.SnapshotFile#getChecksum()
	 * @see #getSnapshotFile()
	 * @generated
	 */
	EAttribute getSnapshotFile_Checksum();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.ProgramDiff <em>Program Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Program Diff</em>'.
	 * @see org.cruise.model.ProgramDiff
	 * @generated
	 */
	EClass getProgramDiff();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProgramDiff#getOldProgram <em>Old Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Program</em>'.
	 * @see org.cruise.model.ProgramDiff#getOldProgram()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EAttribute getProgramDiff_OldProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProgramDiff#getNewProgram <em>New Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Program</em>'.
	 * @see org.cruise.model.ProgramDiff#getNewProgram()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EAttribute getProgramDiff_NewProgram();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProgramDiff#getOldBuildId <em>Old Build Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Build Id</em>'.
	 * @see org.cruise.model.ProgramDiff#getOldBuildId()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EAttribute getProgramDiff_OldBuildId();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.ProgramDiff#getNewBuildId <em>New Build Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Build Id</em>'.
	 * @see org.cruise.model.ProgramDiff#getNewBuildId()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EAttribute getProgramDiff_NewBuildId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.ProgramDiff#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Functions</em>'.
	 * @see org.cruise.model.ProgramDiff#getFunctions()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EReference getProgramDiff_Functions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cruise.model.ProgramDiff#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data</em>'.
	 * @see org.cruise.model.ProgramDiff#getData()
	 * @see #getProgramDiff()
	 * @generated
	 */
	EReference getProgramDiff_Data();

	/**
	 * Returns the meta object for class '{@link org.cruise.model.SymbolChange <em>Symbol Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symbol Change</em>'.
	 * @see org.cruise.model.SymbolChange
	 * @generated
	 */
	EClass getSymbolChange();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cruise.model.SymbolChange#getName()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.cruise.model.SymbolChange#getScope()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cruise.model.SymbolChange#getKind()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getOldAddress <em>Old Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Address</em>'.
	 * @see org.cruise.model.SymbolChange#getOldAddress()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_OldAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getOldSize <em>Old Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Size</em>'.
	 * @see org.cruise.model.SymbolChange#getOldSize()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_OldSize();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getNewAddress <em>New Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Address</em>'.
	 * @see org.cruise.model.SymbolChange#getNewAddress()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_NewAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getNewSize <em>New Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Size</em>'.
	 * @see org.cruise.model.SymbolChange#getNewSize()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_NewSize();

	/**
	 * Returns the meta object for the attribute '{@link org.cruise.model.SymbolChange#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cruise.model.SymbolChange#getReason()
	 * @see #getSymbolChange()
	 * @generated
	 */
	EAttribute getSymbolChange_Reason();

	/**
	 * Returns the meta object for enum '{@link org.cruise.model.DestinationKind <em>Destination Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Destination Kind</em>'.
	 * @see org.cruise.model.DestinationKind
	 * @generated
	 */
	EEnum getDestinationKind();

	/**
	 * Returns the meta object for enum '{@link org.cruise.model.RegionKind <em>Region Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Region Kind</em>'.
	 * @see org.cruise.model.RegionKind
	 * @generated
	 */
	EEnum getRegionKind();

	/**
	 * Returns the meta object for enum '{@link org.cruise.model.FdKind <em>Fd Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fd Kind</em>'.
	 * @see org.cruise.model.FdKind
	 * @generated
	 */
	EEnum getFdKind();

	/**
	 * Returns the meta object for enum '{@link org.cruise.model.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see org.cruise.model.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CruiseFactory getCruiseFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.CheckpointConfigImpl <em>Checkpoint Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.CheckpointConfigImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getCheckpointConfig()
		 * @generated
		 */
		EClass CHECKPOINT_CONFIG = eINSTANCE.getCheckpointConfig();

		/**
		 * The meta object literal for the '<em><b>Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__PROGRAM = eINSTANCE.getCheckpointConfig_Program();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__PID = eINSTANCE.getCheckpointConfig_Pid();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__COMMAND = eINSTANCE.getCheckpointConfig_Command();

		/**
		 * The meta object literal for the '<em><b>Store</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__STORE = eINSTANCE.getCheckpointConfig_Store();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__FUNCTIONS = eINSTANCE.getCheckpointConfig_Functions();

		/**
		 * The meta object literal for the '<em><b>Keep Last</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__KEEP_LAST = eINSTANCE.getCheckpointConfig_KeepLast();

		/**
		 * The meta object literal for the '<em><b>Min Interval Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__MIN_INTERVAL_MILLIS = eINSTANCE.getCheckpointConfig_MinIntervalMillis();

		/**
		 * The meta object literal for the '<em><b>Tcp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT_CONFIG__TCP = eINSTANCE.getCheckpointConfig_Tcp();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.UpdateConfigImpl <em>Update Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.UpdateConfigImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getUpdateConfig()
		 * @generated
		 */
		EClass UPDATE_CONFIG = eINSTANCE.getUpdateConfig();

		/**
		 * The meta object literal for the '<em><b>Old Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__OLD_PROGRAM = eINSTANCE.getUpdateConfig_OldProgram();

		/**
		 * The meta object literal for the '<em><b>New Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__NEW_PROGRAM = eINSTANCE.getUpdateConfig_NewProgram();

		/**
		 * The meta object literal for the '<em><b>Snapshot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__SNAPSHOT = eINSTANCE.getUpdateConfig_Snapshot();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__PID = eINSTANCE.getUpdateConfig_Pid();

		/**
		 * The meta object literal for the '<em><b>Updated Functions File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE = eINSTANCE.getUpdateConfig_UpdatedFunctionsFile();

		/**
		 * The meta object literal for the '<em><b>Updated Functions Auto</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO = eINSTANCE.getUpdateConfig_UpdatedFunctionsAuto();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__DESTINATION = eINSTANCE.getUpdateConfig_Destination();

		/**
		 * The meta object literal for the '<em><b>Destination Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__DESTINATION_PID = eINSTANCE.getUpdateConfig_DestinationPid();

		/**
		 * The meta object literal for the '<em><b>Timeout Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__TIMEOUT_MILLIS = eINSTANCE.getUpdateConfig_TimeoutMillis();

		/**
		 * The meta object literal for the '<em><b>Allow Data Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CONFIG__ALLOW_DATA_CHANGE = eINSTANCE.getUpdateConfig_AllowDataChange();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.SnapshotImpl <em>Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.SnapshotImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getSnapshot()
		 * @generated
		 */
		EClass SNAPSHOT = eINSTANCE.getSnapshot();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__FORMAT_VERSION = eINSTANCE.getSnapshot_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__ID = eINSTANCE.getSnapshot_Id();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT__CREATED = eINSTANCE.getSnapshot_Created();

		/**
		 * The meta object literal for the '<em><b>Process</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__PROCESS = eINSTANCE.getSnapshot_Process();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__THREADS = eINSTANCE.getSnapshot_Threads();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__REGIONS = eINSTANCE.getSnapshot_Regions();

		/**
		 * The meta object literal for the '<em><b>File Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__FILE_DESCRIPTORS = eINSTANCE.getSnapshot_FileDescriptors();

		/**
		 * The meta object literal for the '<em><b>Signal Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__SIGNAL_ACTIONS = eINSTANCE.getSnapshot_SignalActions();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__TRIGGER = eINSTANCE.getSnapshot_Trigger();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNAPSHOT__FILES = eINSTANCE.getSnapshot_Files();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.ProcessInfoImpl <em>Process Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.ProcessInfoImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getProcessInfo()
		 * @generated
		 */
		EClass PROCESS_INFO = eINSTANCE.getProcessInfo();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__PID = eINSTANCE.getProcessInfo_Pid();

		/**
		 * The meta object literal for the '<em><b>Ppid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__PPID = eINSTANCE.getProcessInfo_Ppid();

		/**
		 * The meta object literal for the '<em><b>Exe Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__EXE_PATH = eINSTANCE.getProcessInfo_ExePath();

		/**
		 * The meta object literal for the '<em><b>Exe Build Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__EXE_BUILD_ID = eINSTANCE.getProcessInfo_ExeBuildId();

		/**
		 * The meta object literal for the '<em><b>Cwd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__CWD = eINSTANCE.getProcessInfo_Cwd();

		/**
		 * The meta object literal for the '<em><b>Cmdline</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__CMDLINE = eINSTANCE.getProcessInfo_Cmdline();

		/**
		 * The meta object literal for the '<em><b>Personality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROCESS_INFO__PERSONALITY = eINSTANCE.getProcessInfo_Personality();

		/**
		 * The meta object literal for the '<em><b>Rlimits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_INFO__RLIMITS = eINSTANCE.getProcessInfo_Rlimits();

		/**
		 * The meta object literal for the '<em><b>Auxv</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_INFO__AUXV = eINSTANCE.getProcessInfo_Auxv();

		/**
		 * The meta object literal for the '<em><b>Mm</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROCESS_INFO__MM = eINSTANCE.getProcessInfo_Mm();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.RlimitImpl <em>Rlimit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.RlimitImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getRlimit()
		 * @generated
		 */
		EClass RLIMIT = eINSTANCE.getRlimit();

		/**
		 * The meta object literal for the '<em><b>Resource</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RLIMIT__RESOURCE = eINSTANCE.getRlimit_Resource();

		/**
		 * The meta object literal for the '<em><b>Soft</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RLIMIT__SOFT = eINSTANCE.getRlimit_Soft();

		/**
		 * The meta object literal for the '<em><b>Hard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RLIMIT__HARD = eINSTANCE.getRlimit_Hard();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.AuxvEntryImpl <em>Auxv Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.AuxvEntryImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getAuxvEntry()
		 * @generated
		 */
		EClass AUXV_ENTRY = eINSTANCE.getAuxvEntry();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUXV_ENTRY__TYPE = eINSTANCE.getAuxvEntry_Type();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUXV_ENTRY__VALUE = eINSTANCE.getAuxvEntry_Value();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.MmLayoutImpl <em>Mm Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.MmLayoutImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getMmLayout()
		 * @generated
		 */
		EClass MM_LAYOUT = eINSTANCE.getMmLayout();

		/**
		 * The meta object literal for the '<em><b>Start Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__START_CODE = eINSTANCE.getMmLayout_StartCode();

		/**
		 * The meta object literal for the '<em><b>End Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__END_CODE = eINSTANCE.getMmLayout_EndCode();

		/**
		 * The meta object literal for the '<em><b>Start Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__START_DATA = eINSTANCE.getMmLayout_StartData();

		/**
		 * The meta object literal for the '<em><b>End Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__END_DATA = eINSTANCE.getMmLayout_EndData();

		/**
		 * The meta object literal for the '<em><b>Start Brk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__START_BRK = eINSTANCE.getMmLayout_StartBrk();

		/**
		 * The meta object literal for the '<em><b>Brk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__BRK = eINSTANCE.getMmLayout_Brk();

		/**
		 * The meta object literal for the '<em><b>Start Stack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__START_STACK = eINSTANCE.getMmLayout_StartStack();

		/**
		 * The meta object literal for the '<em><b>Arg Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__ARG_START = eINSTANCE.getMmLayout_ArgStart();

		/**
		 * The meta object literal for the '<em><b>Arg End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__ARG_END = eINSTANCE.getMmLayout_ArgEnd();

		/**
		 * The meta object literal for the '<em><b>Env Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__ENV_START = eINSTANCE.getMmLayout_EnvStart();

		/**
		 * The meta object literal for the '<em><b>Env End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_LAYOUT__ENV_END = eINSTANCE.getMmLayout_EnvEnd();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.ThreadStateImpl <em>Thread State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.ThreadStateImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getThreadState()
		 * @generated
		 */
		EClass THREAD_STATE = eINSTANCE.getThreadState();

		/**
		 * The meta object literal for the '<em><b>Tid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__TID = eINSTANCE.getThreadState_Tid();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__NAME = eINSTANCE.getThreadState_Name();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THREAD_STATE__REGISTERS = eINSTANCE.getThreadState_Registers();

		/**
		 * The meta object literal for the '<em><b>Fs Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__FS_BASE = eINSTANCE.getThreadState_FsBase();

		/**
		 * The meta object literal for the '<em><b>Gs Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__GS_BASE = eINSTANCE.getThreadState_GsBase();

		/**
		 * The meta object literal for the '<em><b>Sigmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__SIGMASK = eINSTANCE.getThreadState_Sigmask();

		/**
		 * The meta object literal for the '<em><b>Xstate Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__XSTATE_SIZE = eINSTANCE.getThreadState_XstateSize();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THREAD_STATE__FRAMES = eINSTANCE.getThreadState_Frames();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.RegistersImpl <em>Registers</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.RegistersImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getRegisters()
		 * @generated
		 */
		EClass REGISTERS = eINSTANCE.getRegisters();

		/**
		 * The meta object literal for the '<em><b>R15</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R15 = eINSTANCE.getRegisters_R15();

		/**
		 * The meta object literal for the '<em><b>R14</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R14 = eINSTANCE.getRegisters_R14();

		/**
		 * The meta object literal for the '<em><b>R13</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R13 = eINSTANCE.getRegisters_R13();

		/**
		 * The meta object literal for the '<em><b>R12</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R12 = eINSTANCE.getRegisters_R12();

		/**
		 * The meta object literal for the '<em><b>Rbp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RBP = eINSTANCE.getRegisters_Rbp();

		/**
		 * The meta object literal for the '<em><b>Rbx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RBX = eINSTANCE.getRegisters_Rbx();

		/**
		 * The meta object literal for the '<em><b>R11</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R11 = eINSTANCE.getRegisters_R11();

		/**
		 * The meta object literal for the '<em><b>R10</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R10 = eINSTANCE.getRegisters_R10();

		/**
		 * The meta object literal for the '<em><b>R9</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R9 = eINSTANCE.getRegisters_R9();

		/**
		 * The meta object literal for the '<em><b>R8</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__R8 = eINSTANCE.getRegisters_R8();

		/**
		 * The meta object literal for the '<em><b>Rax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RAX = eINSTANCE.getRegisters_Rax();

		/**
		 * The meta object literal for the '<em><b>Rcx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RCX = eINSTANCE.getRegisters_Rcx();

		/**
		 * The meta object literal for the '<em><b>Rdx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RDX = eINSTANCE.getRegisters_Rdx();

		/**
		 * The meta object literal for the '<em><b>Rsi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RSI = eINSTANCE.getRegisters_Rsi();

		/**
		 * The meta object literal for the '<em><b>Rdi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RDI = eINSTANCE.getRegisters_Rdi();

		/**
		 * The meta object literal for the '<em><b>Orig Rax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__ORIG_RAX = eINSTANCE.getRegisters_OrigRax();

		/**
		 * The meta object literal for the '<em><b>Rip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RIP = eINSTANCE.getRegisters_Rip();

		/**
		 * The meta object literal for the '<em><b>Cs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__CS = eINSTANCE.getRegisters_Cs();

		/**
		 * The meta object literal for the '<em><b>Eflags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__EFLAGS = eINSTANCE.getRegisters_Eflags();

		/**
		 * The meta object literal for the '<em><b>Rsp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__RSP = eINSTANCE.getRegisters_Rsp();

		/**
		 * The meta object literal for the '<em><b>Ss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__SS = eINSTANCE.getRegisters_Ss();

		/**
		 * The meta object literal for the '<em><b>Ds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__DS = eINSTANCE.getRegisters_Ds();

		/**
		 * The meta object literal for the '<em><b>Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__ES = eINSTANCE.getRegisters_Es();

		/**
		 * The meta object literal for the '<em><b>Fs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__FS = eINSTANCE.getRegisters_Fs();

		/**
		 * The meta object literal for the '<em><b>Gs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERS__GS = eINSTANCE.getRegisters_Gs();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.FrameImpl <em>Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.FrameImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getFrame()
		 * @generated
		 */
		EClass FRAME = eINSTANCE.getFrame();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__INDEX = eINSTANCE.getFrame_Index();

		/**
		 * The meta object literal for the '<em><b>Pc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__PC = eINSTANCE.getFrame_Pc();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__FUNCTION = eINSTANCE.getFrame_Function();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__OFFSET = eINSTANCE.getFrame_Offset();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__MODULE = eINSTANCE.getFrame_Module();

		/**
		 * The meta object literal for the '<em><b>Cfa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__CFA = eINSTANCE.getFrame_Cfa();

		/**
		 * The meta object literal for the '<em><b>Return Address Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__RETURN_ADDRESS_SLOT = eINSTANCE.getFrame_ReturnAddressSlot();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__SOURCE_FILE = eINSTANCE.getFrame_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAME__LINE = eINSTANCE.getFrame_Line();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.MemoryRegionImpl <em>Memory Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.MemoryRegionImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getMemoryRegion()
		 * @generated
		 */
		EClass MEMORY_REGION = eINSTANCE.getMemoryRegion();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__START = eINSTANCE.getMemoryRegion_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__END = eINSTANCE.getMemoryRegion_End();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__PERMISSIONS = eINSTANCE.getMemoryRegion_Permissions();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__FLAGS = eINSTANCE.getMemoryRegion_Flags();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__KIND = eINSTANCE.getMemoryRegion_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__PATH = eINSTANCE.getMemoryRegion_Path();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__OFFSET = eINSTANCE.getMemoryRegion_Offset();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__DEVICE = eINSTANCE.getMemoryRegion_Device();

		/**
		 * The meta object literal for the '<em><b>Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__INODE = eINSTANCE.getMemoryRegion_Inode();

		/**
		 * The meta object literal for the '<em><b>Build Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__BUILD_ID = eINSTANCE.getMemoryRegion_BuildId();

		/**
		 * The meta object literal for the '<em><b>Saved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY_REGION__SAVED = eINSTANCE.getMemoryRegion_Saved();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMORY_REGION___SIZE = eINSTANCE.getMemoryRegion__Size();

		/**
		 * The meta object literal for the '<em><b>Contains</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMORY_REGION___CONTAINS__LONG = eINSTANCE.getMemoryRegion__Contains__long();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.FileDescriptorImpl <em>File Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.FileDescriptorImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getFileDescriptor()
		 * @generated
		 */
		EClass FILE_DESCRIPTOR = eINSTANCE.getFileDescriptor();

		/**
		 * The meta object literal for the '<em><b>Fd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__FD = eINSTANCE.getFileDescriptor_Fd();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__KIND = eINSTANCE.getFileDescriptor_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__PATH = eINSTANCE.getFileDescriptor_Path();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__FLAGS = eINSTANCE.getFileDescriptor_Flags();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__OFFSET = eINSTANCE.getFileDescriptor_Offset();

		/**
		 * The meta object literal for the '<em><b>Close On Exec</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__CLOSE_ON_EXEC = eINSTANCE.getFileDescriptor_CloseOnExec();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DESCRIPTOR__DETAILS = eINSTANCE.getFileDescriptor_Details();

		/**
		 * The meta object literal for the '<em><b>Epoll Watches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_DESCRIPTOR__EPOLL_WATCHES = eINSTANCE.getFileDescriptor_EpollWatches();

		/**
		 * The meta object literal for the '<em><b>Socket</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_DESCRIPTOR__SOCKET = eINSTANCE.getFileDescriptor_Socket();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.EpollWatchImpl <em>Epoll Watch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.EpollWatchImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getEpollWatch()
		 * @generated
		 */
		EClass EPOLL_WATCH = eINSTANCE.getEpollWatch();

		/**
		 * The meta object literal for the '<em><b>Target Fd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOLL_WATCH__TARGET_FD = eINSTANCE.getEpollWatch_TargetFd();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOLL_WATCH__EVENTS = eINSTANCE.getEpollWatch_Events();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOLL_WATCH__DATA = eINSTANCE.getEpollWatch_Data();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.SocketInfoImpl <em>Socket Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.SocketInfoImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getSocketInfo()
		 * @generated
		 */
		EClass SOCKET_INFO = eINSTANCE.getSocketInfo();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__FAMILY = eINSTANCE.getSocketInfo_Family();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__TYPE = eINSTANCE.getSocketInfo_Type();

		/**
		 * The meta object literal for the '<em><b>Local Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__LOCAL_ADDRESS = eINSTANCE.getSocketInfo_LocalAddress();

		/**
		 * The meta object literal for the '<em><b>Local Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__LOCAL_PORT = eINSTANCE.getSocketInfo_LocalPort();

		/**
		 * The meta object literal for the '<em><b>Remote Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__REMOTE_ADDRESS = eINSTANCE.getSocketInfo_RemoteAddress();

		/**
		 * The meta object literal for the '<em><b>Remote Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__REMOTE_PORT = eINSTANCE.getSocketInfo_RemotePort();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__STATE = eINSTANCE.getSocketInfo_State();

		/**
		 * The meta object literal for the '<em><b>Backlog</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__BACKLOG = eINSTANCE.getSocketInfo_Backlog();

		/**
		 * The meta object literal for the '<em><b>Inode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOCKET_INFO__INODE = eINSTANCE.getSocketInfo_Inode();

		/**
		 * The meta object literal for the '<em><b>Tcp Repair</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOCKET_INFO__TCP_REPAIR = eINSTANCE.getSocketInfo_TcpRepair();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.TcpRepairStateImpl <em>Tcp Repair State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.TcpRepairStateImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getTcpRepairState()
		 * @generated
		 */
		EClass TCP_REPAIR_STATE = eINSTANCE.getTcpRepairState();

		/**
		 * The meta object literal for the '<em><b>Send Seq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SEND_SEQ = eINSTANCE.getTcpRepairState_SendSeq();

		/**
		 * The meta object literal for the '<em><b>Recv Seq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RECV_SEQ = eINSTANCE.getTcpRepairState_RecvSeq();

		/**
		 * The meta object literal for the '<em><b>Send Queue Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SEND_QUEUE_BYTES = eINSTANCE.getTcpRepairState_SendQueueBytes();

		/**
		 * The meta object literal for the '<em><b>Recv Queue Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RECV_QUEUE_BYTES = eINSTANCE.getTcpRepairState_RecvQueueBytes();

		/**
		 * The meta object literal for the '<em><b>Unsent Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__UNSENT_BYTES = eINSTANCE.getTcpRepairState_UnsentBytes();

		/**
		 * The meta object literal for the '<em><b>Send Queue File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SEND_QUEUE_FILE = eINSTANCE.getTcpRepairState_SendQueueFile();

		/**
		 * The meta object literal for the '<em><b>Recv Queue File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RECV_QUEUE_FILE = eINSTANCE.getTcpRepairState_RecvQueueFile();

		/**
		 * The meta object literal for the '<em><b>Mss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__MSS = eINSTANCE.getTcpRepairState_Mss();

		/**
		 * The meta object literal for the '<em><b>Snd Wscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SND_WSCALE = eINSTANCE.getTcpRepairState_SndWscale();

		/**
		 * The meta object literal for the '<em><b>Rcv Wscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RCV_WSCALE = eINSTANCE.getTcpRepairState_RcvWscale();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__TIMESTAMP = eINSTANCE.getTcpRepairState_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Sack Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SACK_OK = eINSTANCE.getTcpRepairState_SackOk();

		/**
		 * The meta object literal for the '<em><b>Timestamps Ok</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__TIMESTAMPS_OK = eINSTANCE.getTcpRepairState_TimestampsOk();

		/**
		 * The meta object literal for the '<em><b>Snd Wl1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SND_WL1 = eINSTANCE.getTcpRepairState_SndWl1();

		/**
		 * The meta object literal for the '<em><b>Snd Wnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__SND_WND = eINSTANCE.getTcpRepairState_SndWnd();

		/**
		 * The meta object literal for the '<em><b>Max Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__MAX_WINDOW = eINSTANCE.getTcpRepairState_MaxWindow();

		/**
		 * The meta object literal for the '<em><b>Rcv Wnd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RCV_WND = eINSTANCE.getTcpRepairState_RcvWnd();

		/**
		 * The meta object literal for the '<em><b>Rcv Wup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TCP_REPAIR_STATE__RCV_WUP = eINSTANCE.getTcpRepairState_RcvWup();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.SignalActionImpl <em>Signal Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.SignalActionImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getSignalAction()
		 * @generated
		 */
		EClass SIGNAL_ACTION = eINSTANCE.getSignalAction();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__SIGNAL = eINSTANCE.getSignalAction_Signal();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__NAME = eINSTANCE.getSignalAction_Name();

		/**
		 * The meta object literal for the '<em><b>Handler</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__HANDLER = eINSTANCE.getSignalAction_Handler();

		/**
		 * The meta object literal for the '<em><b>Restorer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__RESTORER = eINSTANCE.getSignalAction_Restorer();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__FLAGS = eINSTANCE.getSignalAction_Flags();

		/**
		 * The meta object literal for the '<em><b>Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__MASK = eINSTANCE.getSignalAction_Mask();

		/**
		 * The meta object literal for the '<em><b>Handler Symbol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNAL_ACTION__HANDLER_SYMBOL = eINSTANCE.getSignalAction_HandlerSymbol();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.TriggerEventImpl <em>Trigger Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.TriggerEventImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getTriggerEvent()
		 * @generated
		 */
		EClass TRIGGER_EVENT = eINSTANCE.getTriggerEvent();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__FUNCTION = eINSTANCE.getTriggerEvent_Function();

		/**
		 * The meta object literal for the '<em><b>Thread Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__THREAD_ID = eINSTANCE.getTriggerEvent_ThreadId();

		/**
		 * The meta object literal for the '<em><b>Pc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__PC = eINSTANCE.getTriggerEvent_Pc();

		/**
		 * The meta object literal for the '<em><b>Return Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__RETURN_VALUE = eINSTANCE.getTriggerEvent_ReturnValue();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__TIME = eINSTANCE.getTriggerEvent_Time();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__BACKEND = eINSTANCE.getTriggerEvent_Backend();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIGGER_EVENT__SEQUENCE = eINSTANCE.getTriggerEvent_Sequence();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.SnapshotFileImpl <em>Snapshot File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.SnapshotFileImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getSnapshotFile()
		 * @generated
		 */
		EClass SNAPSHOT_FILE = eINSTANCE.getSnapshotFile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT_FILE__NAME = eINSTANCE.getSnapshotFile_Name();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT_FILE__SIZE = eINSTANCE.getSnapshotFile_Size();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT_FILE__SHA256 = eINSTANCE.getSnapshotFile_Sha256();

		/**
		 * The meta object literal for the '<em><b>Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNAPSHOT_FILE__CHECKSUM = eINSTANCE.getSnapshotFile_Checksum();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.ProgramDiffImpl <em>Program Diff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.ProgramDiffImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getProgramDiff()
		 * @generated
		 */
		EClass PROGRAM_DIFF = eINSTANCE.getProgramDiff();

		/**
		 * The meta object literal for the '<em><b>Old Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM_DIFF__OLD_PROGRAM = eINSTANCE.getProgramDiff_OldProgram();

		/**
		 * The meta object literal for the '<em><b>New Program</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM_DIFF__NEW_PROGRAM = eINSTANCE.getProgramDiff_NewProgram();

		/**
		 * The meta object literal for the '<em><b>Old Build Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM_DIFF__OLD_BUILD_ID = eINSTANCE.getProgramDiff_OldBuildId();

		/**
		 * The meta object literal for the '<em><b>New Build Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAM_DIFF__NEW_BUILD_ID = eINSTANCE.getProgramDiff_NewBuildId();

		/**
		 * The meta object literal for the '<em><b>Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAM_DIFF__FUNCTIONS = eINSTANCE.getProgramDiff_Functions();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAM_DIFF__DATA = eINSTANCE.getProgramDiff_Data();

		/**
		 * The meta object literal for the '{@link org.cruise.model.impl.SymbolChangeImpl <em>Symbol Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.impl.SymbolChangeImpl
		 * @see org.cruise.model.impl.CruisePackageImpl#getSymbolChange()
		 * @generated
		 */
		EClass SYMBOL_CHANGE = eINSTANCE.getSymbolChange();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__NAME = eINSTANCE.getSymbolChange_Name();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__SCOPE = eINSTANCE.getSymbolChange_Scope();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__KIND = eINSTANCE.getSymbolChange_Kind();

		/**
		 * The meta object literal for the '<em><b>Old Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__OLD_ADDRESS = eINSTANCE.getSymbolChange_OldAddress();

		/**
		 * The meta object literal for the '<em><b>Old Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__OLD_SIZE = eINSTANCE.getSymbolChange_OldSize();

		/**
		 * The meta object literal for the '<em><b>New Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__NEW_ADDRESS = eINSTANCE.getSymbolChange_NewAddress();

		/**
		 * The meta object literal for the '<em><b>New Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__NEW_SIZE = eINSTANCE.getSymbolChange_NewSize();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYMBOL_CHANGE__REASON = eINSTANCE.getSymbolChange_Reason();

		/**
		 * The meta object literal for the '{@link org.cruise.model.DestinationKind <em>Destination Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.DestinationKind
		 * @see org.cruise.model.impl.CruisePackageImpl#getDestinationKind()
		 * @generated
		 */
		EEnum DESTINATION_KIND = eINSTANCE.getDestinationKind();

		/**
		 * The meta object literal for the '{@link org.cruise.model.RegionKind <em>Region Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.RegionKind
		 * @see org.cruise.model.impl.CruisePackageImpl#getRegionKind()
		 * @generated
		 */
		EEnum REGION_KIND = eINSTANCE.getRegionKind();

		/**
		 * The meta object literal for the '{@link org.cruise.model.FdKind <em>Fd Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.FdKind
		 * @see org.cruise.model.impl.CruisePackageImpl#getFdKind()
		 * @generated
		 */
		EEnum FD_KIND = eINSTANCE.getFdKind();

		/**
		 * The meta object literal for the '{@link org.cruise.model.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cruise.model.ChangeKind
		 * @see org.cruise.model.impl.CruisePackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

	}

} //CruisePackage
