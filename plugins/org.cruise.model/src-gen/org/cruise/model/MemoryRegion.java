/**
 */
package org.cruise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One mapping of the process, as a line of /proc/PID/maps plus what smaps adds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.MemoryRegion#getStart <em>Start</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getEnd <em>End</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getPath <em>Path</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getDevice <em>Device</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getInode <em>Inode</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#getBuildId <em>Build Id</em>}</li>
 *   <li>{@link org.cruise.model.MemoryRegion#isSaved <em>Saved</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getMemoryRegion()
 * @model
 * @generated
 */
public interface MemoryRegion extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First address of the mapping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Start()
	 * @model
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address just past the mapping (exclusive), as in /proc/PID/maps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(long)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_End()
	 * @model
	 * @generated
	 */
	long getEnd();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(long value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Permissions as in /proc/PID/maps, e.g. "r-xp".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Permissions</em>' attribute.
	 * @see #setPermissions(String)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Permissions()
	 * @model
	 * @generated
	 */
	String getPermissions();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getPermissions <em>Permissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Permissions</em>' attribute.
	 * @see #getPermissions()
	 * @generated
	 */
	void setPermissions(String value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VmFlags mnemonics from /proc/PID/smaps, e.g. "rd", "wr", "gd".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Flags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFlags();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cruise.model.RegionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.RegionKind
	 * @see #setKind(RegionKind)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Kind()
	 * @model
	 * @generated
	 */
	RegionKind getKind();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.cruise.model.RegionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RegionKind value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mapped file path or pseudo name such as "[heap]"; null for anonymous mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset into the mapped file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device of the mapped file as major:minor in hex, e.g. "fd:01".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Inode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inode</em>' attribute.
	 * @see #setInode(long)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Inode()
	 * @model
	 * @generated
	 */
	long getInode();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getInode <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inode</em>' attribute.
	 * @see #getInode()
	 * @generated
	 */
	void setInode(long value);

	/**
	 * Returns the value of the '<em><b>Build Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GNU build-id of the mapped ELF file (hex), if it has one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Build Id</em>' attribute.
	 * @see #setBuildId(String)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_BuildId()
	 * @model
	 * @generated
	 */
	String getBuildId();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#getBuildId <em>Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Build Id</em>' attribute.
	 * @see #getBuildId()
	 * @generated
	 */
	void setBuildId(String value);

	/**
	 * Returns the value of the '<em><b>Saved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the contents of this region are in the core file; read-only file mappings are not saved but remapped from their file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saved</em>' attribute.
	 * @see #setSaved(boolean)
	 * @see org.cruise.model.CruisePackage#getMemoryRegion_Saved()
	 * @model
	 * @generated
	 */
	boolean isSaved();

	/**
	 * Sets the value of the '{@link org.cruise.model.MemoryRegion#isSaved <em>Saved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Saved</em>' attribute.
	 * @see #isSaved()
	 * @generated
	 */
	void setSaved(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the region in bytes (end - start).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	long size();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether address lies in [start, end), comparing as unsigned 64-bit values.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean contains(long address);

} // MemoryRegion
