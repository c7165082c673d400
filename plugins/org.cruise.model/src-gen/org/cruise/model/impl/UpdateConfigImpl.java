/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.DestinationKind;
import org.cruise.model.UpdateConfig;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getOldProgram <em>Old Program</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getNewProgram <em>New Program</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getUpdatedFunctionsFile <em>Updated Functions File</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#isUpdatedFunctionsAuto <em>Updated Functions Auto</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getDestinationPid <em>Destination Pid</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#getTimeoutMillis <em>Timeout Millis</em>}</li>
 *   <li>{@link org.cruise.model.impl.UpdateConfigImpl#isAllowDataChange <em>Allow Data Change</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateConfigImpl extends MinimalEObjectImpl.Container implements UpdateConfig {
	/**
	 * The default value of the '{@link #getOldProgram() <em>Old Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldProgram()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_PROGRAM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldProgram() <em>Old Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldProgram()
	 * @generated
	 * @ordered
	 */
	protected String oldProgram = OLD_PROGRAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewProgram() <em>New Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewProgram()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_PROGRAM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewProgram() <em>New Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewProgram()
	 * @generated
	 * @ordered
	 */
	protected String newProgram = NEW_PROGRAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnapshot() <em>Snapshot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshot()
	 * @generated
	 * @ordered
	 */
	protected static final String SNAPSHOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSnapshot() <em>Snapshot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshot()
	 * @generated
	 * @ordered
	 */
	protected String snapshot = SNAPSHOT_EDEFAULT;

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
	 * The default value of the '{@link #getUpdatedFunctionsFile() <em>Updated Functions File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedFunctionsFile()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATED_FUNCTIONS_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdatedFunctionsFile() <em>Updated Functions File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatedFunctionsFile()
	 * @generated
	 * @ordered
	 */
	protected String updatedFunctionsFile = UPDATED_FUNCTIONS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpdatedFunctionsAuto() <em>Updated Functions Auto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdatedFunctionsAuto()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPDATED_FUNCTIONS_AUTO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpdatedFunctionsAuto() <em>Updated Functions Auto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdatedFunctionsAuto()
	 * @generated
	 * @ordered
	 */
	protected boolean updatedFunctionsAuto = UPDATED_FUNCTIONS_AUTO_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected static final DestinationKind DESTINATION_EDEFAULT = DestinationKind.LAUNCH;

	/**
	 * The cached value of the '{@link #getDestination() <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestination()
	 * @generated
	 * @ordered
	 */
	protected DestinationKind destination = DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDestinationPid() <em>Destination Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationPid()
	 * @generated
	 * @ordered
	 */
	protected static final int DESTINATION_PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDestinationPid() <em>Destination Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDestinationPid()
	 * @generated
	 * @ordered
	 */
	protected int destinationPid = DESTINATION_PID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutMillis() <em>Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long TIMEOUT_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTimeoutMillis() <em>Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMillis()
	 * @generated
	 * @ordered
	 */
	protected long timeoutMillis = TIMEOUT_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isAllowDataChange() <em>Allow Data Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowDataChange()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ALLOW_DATA_CHANGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAllowDataChange() <em>Allow Data Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAllowDataChange()
	 * @generated
	 * @ordered
	 */
	protected boolean allowDataChange = ALLOW_DATA_CHANGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.UPDATE_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldProgram() {
		return oldProgram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldProgram(String newOldProgram) {
		String oldOldProgram = oldProgram;
		oldProgram = newOldProgram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__OLD_PROGRAM, oldOldProgram, oldProgram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewProgram() {
		return newProgram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewProgram(String newNewProgram) {
		String oldNewProgram = newProgram;
		newProgram = newNewProgram;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__NEW_PROGRAM, oldNewProgram, newProgram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSnapshot() {
		return snapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnapshot(String newSnapshot) {
		String oldSnapshot = snapshot;
		snapshot = newSnapshot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__SNAPSHOT, oldSnapshot, snapshot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdatedFunctionsFile() {
		return updatedFunctionsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedFunctionsFile(String newUpdatedFunctionsFile) {
		String oldUpdatedFunctionsFile = updatedFunctionsFile;
		updatedFunctionsFile = newUpdatedFunctionsFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE, oldUpdatedFunctionsFile, updatedFunctionsFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpdatedFunctionsAuto() {
		return updatedFunctionsAuto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatedFunctionsAuto(boolean newUpdatedFunctionsAuto) {
		boolean oldUpdatedFunctionsAuto = updatedFunctionsAuto;
		updatedFunctionsAuto = newUpdatedFunctionsAuto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO, oldUpdatedFunctionsAuto, updatedFunctionsAuto));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DestinationKind getDestination() {
		return destination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestination(DestinationKind newDestination) {
		DestinationKind oldDestination = destination;
		destination = newDestination == null ? DESTINATION_EDEFAULT : newDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__DESTINATION, oldDestination, destination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDestinationPid() {
		return destinationPid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDestinationPid(int newDestinationPid) {
		int oldDestinationPid = destinationPid;
		destinationPid = newDestinationPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__DESTINATION_PID, oldDestinationPid, destinationPid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTimeoutMillis() {
		return timeoutMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutMillis(long newTimeoutMillis) {
		long oldTimeoutMillis = timeoutMillis;
		timeoutMillis = newTimeoutMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__TIMEOUT_MILLIS, oldTimeoutMillis, timeoutMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAllowDataChange() {
		return allowDataChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAllowDataChange(boolean newAllowDataChange) {
		boolean oldAllowDataChange = allowDataChange;
		allowDataChange = newAllowDataChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.UPDATE_CONFIG__ALLOW_DATA_CHANGE, oldAllowDataChange, allowDataChange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.UPDATE_CONFIG__OLD_PROGRAM:
				return getOldProgram();
			case CruisePackage.UPDATE_CONFIG__NEW_PROGRAM:
				return getNewProgram();
			case CruisePackage.UPDATE_CONFIG__SNAPSHOT:
				return getSnapshot();
			case CruisePackage.UPDATE_CONFIG__PID:
				return getPid();
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE:
				return getUpdatedFunctionsFile();
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO:
				return isUpdatedFunctionsAuto();
			case CruisePackage.UPDATE_CONFIG__DESTINATION:
				return getDestination();
			case CruisePackage.UPDATE_CONFIG__DESTINATION_PID:
				return getDestinationPid();
			case CruisePackage.UPDATE_CONFIG__TIMEOUT_MILLIS:
				return getTimeoutMillis();
			case CruisePackage.UPDATE_CONFIG__ALLOW_DATA_CHANGE:
				return isAllowDataChange();
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
			case CruisePackage.UPDATE_CONFIG__OLD_PROGRAM:
				setOldProgram((String)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__NEW_PROGRAM:
				setNewProgram((String)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__SNAPSHOT:
				setSnapshot((String)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__PID:
				setPid((Integer)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE:
				setUpdatedFunctionsFile((String)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO:
				setUpdatedFunctionsAuto((Boolean)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__DESTINATION:
				setDestination((DestinationKind)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__DESTINATION_PID:
				setDestinationPid((Integer)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__TIMEOUT_MILLIS:
				setTimeoutMillis((Long)newValue);
				return;
			case CruisePackage.UPDATE_CONFIG__ALLOW_DATA_CHANGE:
				setAllowDataChange((Boolean)newValue);
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
			case CruisePackage.UPDATE_CONFIG__OLD_PROGRAM:
				setOldProgram(OLD_PROGRAM_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__NEW_PROGRAM:
				setNewProgram(NEW_PROGRAM_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__SNAPSHOT:
				setSnapshot(SNAPSHOT_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__PID:
				setPid(PID_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE:
				setUpdatedFunctionsFile(UPDATED_FUNCTIONS_FILE_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO:
				setUpdatedFunctionsAuto(UPDATED_FUNCTIONS_AUTO_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__DESTINATION:
				setDestination(DESTINATION_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__DESTINATION_PID:
				setDestinationPid(DESTINATION_PID_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__TIMEOUT_MILLIS:
				setTimeoutMillis(TIMEOUT_MILLIS_EDEFAULT);
				return;
			case CruisePackage.UPDATE_CONFIG__ALLOW_DATA_CHANGE:
				setAllowDataChange(ALLOW_DATA_CHANGE_EDEFAULT);
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
			case CruisePackage.UPDATE_CONFIG__OLD_PROGRAM:
				return OLD_PROGRAM_EDEFAULT == null ? oldProgram != null : !OLD_PROGRAM_EDEFAULT.equals(oldProgram);
			case CruisePackage.UPDATE_CONFIG__NEW_PROGRAM:
				return NEW_PROGRAM_EDEFAULT == null ? newProgram != null : !NEW_PROGRAM_EDEFAULT.equals(newProgram);
			case CruisePackage.UPDATE_CONFIG__SNAPSHOT:
				return SNAPSHOT_EDEFAULT == null ? snapshot != null : !SNAPSHOT_EDEFAULT.equals(snapshot);
			case CruisePackage.UPDATE_CONFIG__PID:
				return pid != PID_EDEFAULT;
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_FILE:
				return UPDATED_FUNCTIONS_FILE_EDEFAULT == null ? updatedFunctionsFile != null : !UPDATED_FUNCTIONS_FILE_EDEFAULT.equals(updatedFunctionsFile);
			case CruisePackage.UPDATE_CONFIG__UPDATED_FUNCTIONS_AUTO:
				return updatedFunctionsAuto != UPDATED_FUNCTIONS_AUTO_EDEFAULT;
			case CruisePackage.UPDATE_CONFIG__DESTINATION:
				return destination != DESTINATION_EDEFAULT;
			case CruisePackage.UPDATE_CONFIG__DESTINATION_PID:
				return destinationPid != DESTINATION_PID_EDEFAULT;
			case CruisePackage.UPDATE_CONFIG__TIMEOUT_MILLIS:
				return timeoutMillis != TIMEOUT_MILLIS_EDEFAULT;
			case CruisePackage.UPDATE_CONFIG__ALLOW_DATA_CHANGE:
				return allowDataChange != ALLOW_DATA_CHANGE_EDEFAULT;
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
		result.append(" (oldProgram: ");
		result.append(oldProgram);
		result.append(", newProgram: ");
		result.append(newProgram);
		result.append(", snapshot: ");
		result.append(snapshot);
		result.append(", pid: ");
		result.append(pid);
		result.append(", updatedFunctionsFile: ");
		result.append(updatedFunctionsFile);
		result.append(", updatedFunctionsAuto: ");
		result.append(updatedFunctionsAuto);
		result.append(", destination: ");
		result.append(destination);
		result.append(", destinationPid: ");
		result.append(destinationPid);
		result.append(", timeoutMillis: ");
		result.append(timeoutMillis);
		result.append(", allowDataChange: ");
		result.append(allowDataChange);
		result.append(')');
		return result.toString();
	}

} //UpdateConfigImpl
