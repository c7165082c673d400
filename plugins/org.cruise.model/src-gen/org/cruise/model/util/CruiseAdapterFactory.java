/**
 */
package org.cruise.model.util;

import org.cruise.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.cruise.model.CruisePackage
 * @generated
 */
public class CruiseAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CruisePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CruiseAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CruisePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CruiseSwitch<Adapter> modelSwitch =
		new CruiseSwitch<Adapter>() {
			@Override
			public Adapter caseCheckpointConfig(CheckpointConfig object) {
				return createCheckpointConfigAdapter();
			}
			@Override
			public Adapter caseUpdateConfig(UpdateConfig object) {
				return createUpdateConfigAdapter();
			}
			@Override
			public Adapter caseSnapshot(Snapshot object) {
				return createSnapshotAdapter();
			}
			@Override
			public Adapter caseProcessInfo(ProcessInfo object) {
				return createProcessInfoAdapter();
			}
			@Override
			public Adapter caseRlimit(Rlimit object) {
				return createRlimitAdapter();
			}
			@Override
			public Adapter caseAuxvEntry(AuxvEntry object) {
				return createAuxvEntryAdapter();
			}
			@Override
			public Adapter caseMmLayout(MmLayout object) {
				return createMmLayoutAdapter();
			}
			@Override
			public Adapter caseThreadState(ThreadState object) {
				return createThreadStateAdapter();
			}
			@Override
			public Adapter caseRegisters(Registers object) {
				return createRegistersAdapter();
			}
			@Override
			public Adapter caseFrame(Frame object) {
				return createFrameAdapter();
			}
			@Override
			public Adapter caseMemoryRegion(MemoryRegion object) {
				return createMemoryRegionAdapter();
			}
			@Override
			public Adapter caseFileDescriptor(FileDescriptor object) {
				return createFileDescriptorAdapter();
			}
			@Override
			public Adapter caseEpollWatch(EpollWatch object) {
				return createEpollWatchAdapter();
			}
			@Override
			public Adapter caseSocketInfo(SocketInfo object) {
				return createSocketInfoAdapter();
			}
			@Override
			public Adapter caseTcpRepairState(TcpRepairState object) {
				return createTcpRepairStateAdapter();
			}
			@Override
			public Adapter caseSignalAction(SignalAction object) {
				return createSignalActionAdapter();
			}
			@Override
			public Adapter caseTriggerEvent(TriggerEvent object) {
				return createTriggerEventAdapter();
			}
			@Override
			public Adapter caseSnapshotFile(SnapshotFile object) {
				return createSnapshotFileAdapter();
			}
			@Override
			public Adapter caseProgramDiff(ProgramDiff object) {
				return createProgramDiffAdapter();
			}
			@Override
			public Adapter caseSymbolChange(SymbolChange object) {
				return createSymbolChangeAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.CheckpointConfig <em>Checkpoint Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.CheckpointConfig
	 * @generated
	 */
	public Adapter createCheckpointConfigAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.UpdateConfig <em>Update Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.UpdateConfig
	 * @generated
	 */
	public Adapter createUpdateConfigAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.Snapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.Snapshot
	 * @generated
	 */
	public Adapter createSnapshotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.ProcessInfo <em>Process Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.ProcessInfo
	 * @generated
	 */
	public Adapter createProcessInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.Rlimit <em>Rlimit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.Rlimit
	 * @generated
	 */
	public Adapter createRlimitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.AuxvEntry <em>Auxv Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.AuxvEntry
	 * @generated
	 */
	public Adapter createAuxvEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.MmLayout <em>Mm Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.MmLayout
	 * @generated
	 */
	public Adapter createMmLayoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.ThreadState
	 * @generated
	 */
	public Adapter createThreadStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.Registers <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.Registers
	 * @generated
	 */
	public Adapter createRegistersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.Frame <em>Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.Frame
	 * @generated
	 */
	public Adapter createFrameAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.MemoryRegion <em>Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.MemoryRegion
	 * @generated
	 */
	public Adapter createMemoryRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.FileDescriptor <em>File Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.FileDescriptor
	 * @generated
	 */
	public Adapter createFileDescriptorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.EpollWatch <em>Epoll Watch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.EpollWatch
	 * @generated
	 */
	public Adapter createEpollWatchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.SocketInfo <em>Socket Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.SocketInfo
	 * @generated
	 */
	public Adapter createSocketInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.TcpRepairState <em>Tcp Repair State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.TcpRepairState
	 * @generated
	 */
	public Adapter createTcpRepairStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.SignalAction <em>Signal Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.SignalAction
	 * @generated
	 */
	public Adapter createSignalActionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.TriggerEvent <em>Trigger Event</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.TriggerEvent
	 * @generated
	 */
	public Adapter createTriggerEventAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.SnapshotFile <em>Snapshot File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.SnapshotFile
	 * @generated
	 */
	public Adapter createSnapshotFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.ProgramDiff <em>Program Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.ProgramDiff
	 * @generated
	 */
	public Adapter createProgramDiffAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cruise.model.SymbolChange <em>Symbol Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cruise.model.SymbolChange
	 * @generated
	 */
	public Adapter createSymbolChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CruiseAdapterFactory
