/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What to update into which new binary: the parsed form of an update config file. The source is either a snapshot directory or a running process (exactly one of snapshot and pid).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.UpdateConfig#getOldProgram <em>Old Program</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getNewProgram <em>New Program</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getUpdatedFunctionsFile <em>Updated Functions File</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#isUpdatedFunctionsAuto <em>Updated Functions Auto</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getDestinationPid <em>Destination Pid</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#getTimeoutMillis <em>Timeout Millis</em>}</li>
 *   <li>{@link org.cruise.model.UpdateConfig#isAllowDataChange <em>Allow Data Change</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getUpdateConfig()
 * @model
 * @generated
 */
public interface UpdateConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Old Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The executable the snapshot or process was running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Old Program</em>' attribute.
	 * @see #setOldProgram(String)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_OldProgram()
	 * @model
	 * @generated
	 */
	String getOldProgram();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getOldProgram <em>Old Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Old Program</em>' attribute.
	 * @see #getOldProgram()
	 * @generated
	 */
	void setOldProgram(String value);

	/**
	 * Returns the value of the '<em><b>New Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The updated executable to continue in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Program</em>' attribute.
	 * @see #setNewProgram(String)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_NewProgram()
	 * @model
	 * @generated
	 */
	String getNewProgram();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getNewProgram <em>New Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Program</em>' attribute.
	 * @see #getNewProgram()
	 * @generated
	 */
	void setNewProgram(String value);

	/**
	 * Returns the value of the '<em><b>Snapshot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Snapshot directory to restore from; null when pid is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshot</em>' attribute.
	 * @see #setSnapshot(String)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_Snapshot()
	 * @model
	 * @generated
	 */
	String getSnapshot();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getSnapshot <em>Snapshot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot</em>' attribute.
	 * @see #getSnapshot()
	 * @generated
	 */
	void setSnapshot(String value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Running process to update in place; 0 when snapshot is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_Pid()
	 * @model default="0"
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Updated Functions File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File with one updated function name per line; null when updatedFunctionsAuto is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated Functions File</em>' attribute.
	 * @see #setUpdatedFunctionsFile(String)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_UpdatedFunctionsFile()
	 * @model
	 * @generated
	 */
	String getUpdatedFunctionsFile();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getUpdatedFunctionsFile <em>Updated Functions File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated Functions File</em>' attribute.
	 * @see #getUpdatedFunctionsFile()
	 * @generated
	 */
	void setUpdatedFunctionsFile(String value);

	/**
	 * Returns the value of the '<em><b>Updated Functions Auto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derive the updated functions from a binary diff of oldProgram and newProgram (see ProgramDiff) instead of a file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Updated Functions Auto</em>' attribute.
	 * @see #setUpdatedFunctionsAuto(boolean)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_UpdatedFunctionsAuto()
	 * @model
	 * @generated
	 */
	boolean isUpdatedFunctionsAuto();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#isUpdatedFunctionsAuto <em>Updated Functions Auto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Updated Functions Auto</em>' attribute.
	 * @see #isUpdatedFunctionsAuto()
	 * @generated
	 */
	void setUpdatedFunctionsAuto(boolean value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cruise.model.DestinationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the updated program continues: a newly launched process, or the process destinationPid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' attribute.
	 * @see org.cruise.model.DestinationKind
	 * @see #setDestination(DestinationKind)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_Destination()
	 * @model
	 * @generated
	 */
	DestinationKind getDestination();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getDestination <em>Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' attribute.
	 * @see org.cruise.model.DestinationKind
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(DestinationKind value);

	/**
	 * Returns the value of the '<em><b>Destination Pid</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process to update into when destination is PID; 0 otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination Pid</em>' attribute.
	 * @see #setDestinationPid(int)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_DestinationPid()
	 * @model default="0"
	 * @generated
	 */
	int getDestinationPid();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getDestinationPid <em>Destination Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination Pid</em>' attribute.
	 * @see #getDestinationPid()
	 * @generated
	 */
	void setDestinationPid(int value);

	/**
	 * Returns the value of the '<em><b>Timeout Millis</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Give up (and roll back) after this many milliseconds; 0 means no timeout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Millis</em>' attribute.
	 * @see #setTimeoutMillis(long)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_TimeoutMillis()
	 * @model default="0"
	 * @generated
	 */
	long getTimeoutMillis();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#getTimeoutMillis <em>Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Millis</em>' attribute.
	 * @see #getTimeoutMillis()
	 * @generated
	 */
	void setTimeoutMillis(long value);

	/**
	 * Returns the value of the '<em><b>Allow Data Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proceed although global data objects changed size or layout; by default such an update is refused because the old state may not fit the new binary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Allow Data Change</em>' attribute.
	 * @see #setAllowDataChange(boolean)
	 * @see org.cruise.model.CruisePackage#getUpdateConfig_AllowDataChange()
	 * @model
	 * @generated
	 */
	boolean isAllowDataChange();

	/**
	 * Sets the value of the '{@link org.cruise.model.UpdateConfig#isAllowDataChange <em>Allow Data Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Allow Data Change</em>' attribute.
	 * @see #isAllowDataChange()
	 * @generated
	 */
	void setAllowDataChange(boolean value);

} // UpdateConfig
