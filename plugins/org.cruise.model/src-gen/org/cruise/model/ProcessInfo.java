/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Process Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Process-wide state of the checkpointed process.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.ProcessInfo#getPid <em>Pid</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getPpid <em>Ppid</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getExePath <em>Exe Path</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getExeBuildId <em>Exe Build Id</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getCwd <em>Cwd</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getPersonality <em>Personality</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getRlimits <em>Rlimits</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getAuxv <em>Auxv</em>}</li>
 *   <li>{@link org.cruise.model.ProcessInfo#getMm <em>Mm</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getProcessInfo()
 * @model
 * @generated
 */
public interface ProcessInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Ppid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ppid</em>' attribute.
	 * @see #setPpid(int)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Ppid()
	 * @model
	 * @generated
	 */
	int getPpid();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getPpid <em>Ppid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ppid</em>' attribute.
	 * @see #getPpid()
	 * @generated
	 */
	void setPpid(int value);

	/**
	 * Returns the value of the '<em><b>Exe Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the executable as in /proc/PID/exe.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exe Path</em>' attribute.
	 * @see #setExePath(String)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_ExePath()
	 * @model
	 * @generated
	 */
	String getExePath();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getExePath <em>Exe Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exe Path</em>' attribute.
	 * @see #getExePath()
	 * @generated
	 */
	void setExePath(String value);

	/**
	 * Returns the value of the '<em><b>Exe Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GNU build-id of the executable (hex), to check that oldProgram is really the binary that ran.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exe Build Id</em>' attribute.
	 * @see #setExeBuildId(String)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_ExeBuildId()
	 * @model
	 * @generated
	 */
	String getExeBuildId();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getExeBuildId <em>Exe Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exe Build Id</em>' attribute.
	 * @see #getExeBuildId()
	 * @generated
	 */
	void setExeBuildId(String value);

	/**
	 * Returns the value of the '<em><b>Cwd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cwd</em>' attribute.
	 * @see #setCwd(String)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Cwd()
	 * @model
	 * @generated
	 */
	String getCwd();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getCwd <em>Cwd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cwd</em>' attribute.
	 * @see #getCwd()
	 * @generated
	 */
	void setCwd(String value);

	/**
	 * Returns the value of the '<em><b>Cmdline</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * argv as in /proc/PID/cmdline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cmdline</em>' attribute list.
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Cmdline()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCmdline();

	/**
	 * Returns the value of the '<em><b>Personality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * personality(2) flags, e.g. ADDR_NO_RANDOMIZE.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personality</em>' attribute.
	 * @see #setPersonality(int)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Personality()
	 * @model
	 * @generated
	 */
	int getPersonality();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getPersonality <em>Personality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personality</em>' attribute.
	 * @see #getPersonality()
	 * @generated
	 */
	void setPersonality(int value);

	/**
	 * Returns the value of the '<em><b>Rlimits</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.Rlimit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rlimits</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Rlimits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rlimit> getRlimits();

	/**
	 * Returns the value of the '<em><b>Auxv</b></em>' containment reference list.
	 * The list contents are of type {@link org.cruise.model.AuxvEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ELF auxiliary vector as in /proc/PID/auxv, without the terminating AT_NULL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auxv</em>' containment reference list.
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Auxv()
	 * @model containment="true"
	 * @generated
	 */
	EList<AuxvEntry> getAuxv();

	/**
	 * Returns the value of the '<em><b>Mm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mm</em>' containment reference.
	 * @see #setMm(MmLayout)
	 * @see org.cruise.model.CruisePackage#getProcessInfo_Mm()
	 * @model containment="true"
	 * @generated
	 */
	MmLayout getMm();

	/**
	 * Sets the value of the '{@link org.cruise.model.ProcessInfo#getMm <em>Mm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mm</em>' containment reference.
	 * @see #getMm()
	 * @generated
	 */
	void setMm(MmLayout value);

} // ProcessInfo
