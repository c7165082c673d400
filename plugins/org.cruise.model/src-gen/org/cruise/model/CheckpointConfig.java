/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checkpoint Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What to checkpoint and when: the parsed form of a checkpoint config file (YAML, parsed by org.cruise.core). Relative paths are already resolved against the config file's directory by the parser.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.CheckpointConfig#getProgram <em>Program</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getCommand <em>Command</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getStore <em>Store</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getKeepLast <em>Keep Last</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#getMinIntervalMillis <em>Min Interval Millis</em>}</li>
 *   <li>{@link org.cruise.model.CheckpointConfig#isTcp <em>Tcp</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getCheckpointConfig()
 * @model
 * @generated
 */
public interface CheckpointConfig extends EObject {
	/**
	 * Returns the value of the '<em><b>Program</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the ELF x86-64 executable whose functions are checkpoint triggers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Program</em>' attribute.
	 * @see #setProgram(String)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Program()
	 * @model
	 * @generated
	 */
	String getProgram();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#getProgram <em>Program</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program</em>' attribute.
	 * @see #getProgram()
	 * @generated
	 */
	void setProgram(String value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Process to attach to; 0 means not given, and then command is used. Exactly one of pid and command is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Pid()
	 * @model default="0"
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * argv of the program to start (argv[0] first); empty means not given, and then pid is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Command</em>' attribute list.
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Command()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCommand();

	/**
	 * Returns the value of the '<em><b>Store</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Snapshot store directory; each snapshot is a sub-directory holding manifest.xmi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Store</em>' attribute.
	 * @see #setStore(String)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Store()
	 * @model
	 * @generated
	 */
	String getStore();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#getStore <em>Store</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Store</em>' attribute.
	 * @see #getStore()
	 * @generated
	 */
	void setStore(String value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checkpoint functions: a snapshot is taken when one of them returns. Each is "F" (a symbol of the program, possibly with a compiler clone suffix such as .constprop.0) or "LIB:F" (a symbol of a shared library).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Functions</em>' attribute list.
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Functions()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFunctions();

	/**
	 * Returns the value of the '<em><b>Keep Last</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Retention: keep only the last N snapshots in the store; 0 keeps all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Keep Last</em>' attribute.
	 * @see #setKeepLast(int)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_KeepLast()
	 * @model default="0"
	 * @generated
	 */
	int getKeepLast();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#getKeepLast <em>Keep Last</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Keep Last</em>' attribute.
	 * @see #getKeepLast()
	 * @generated
	 */
	void setKeepLast(int value);

	/**
	 * Returns the value of the '<em><b>Min Interval Millis</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum time between two snapshots in milliseconds, so that a hot checkpoint function does not flood the store; 0 means no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Interval Millis</em>' attribute.
	 * @see #setMinIntervalMillis(long)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_MinIntervalMillis()
	 * @model default="0"
	 * @generated
	 */
	long getMinIntervalMillis();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#getMinIntervalMillis <em>Min Interval Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Interval Millis</em>' attribute.
	 * @see #getMinIntervalMillis()
	 * @generated
	 */
	void setMinIntervalMillis(long value);

	/**
	 * Returns the value of the '<em><b>Tcp</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Also checkpoint established TCP connections (TCP_REPAIR); without it sockets are recorded but not restorable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tcp</em>' attribute.
	 * @see #setTcp(boolean)
	 * @see org.cruise.model.CruisePackage#getCheckpointConfig_Tcp()
	 * @model default="false"
	 * @generated
	 */
	boolean isTcp();

	/**
	 * Sets the value of the '{@link org.cruise.model.CheckpointConfig#isTcp <em>Tcp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp</em>' attribute.
	 * @see #isTcp()
	 * @generated
	 */
	void setTcp(boolean value);

} // CheckpointConfig
