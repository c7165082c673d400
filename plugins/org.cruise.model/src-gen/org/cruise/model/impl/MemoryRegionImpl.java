/**
 */
package org.cruise.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.cruise.model.CruisePackage;
import org.cruise.model.MemoryRegion;
import org.cruise.model.RegionKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getPermissions <em>Permissions</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getInode <em>Inode</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#getBuildId <em>Build Id</em>}</li>
 *   <li>{@link org.cruise.model.impl.MemoryRegionImpl#isSaved <em>Saved</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoryRegionImpl extends MinimalEObjectImpl.Container implements MemoryRegion {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final long START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected long start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected long end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getPermissions() <em>Permissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected static final String PERMISSIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPermissions() <em>Permissions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPermissions()
	 * @generated
	 * @ordered
	 */
	protected String permissions = PERMISSIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> flags;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RegionKind KIND_EDEFAULT = RegionKind.HEAP;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RegionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected static final long INODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInode() <em>Inode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInode()
	 * @generated
	 * @ordered
	 */
	protected long inode = INODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBuildId() <em>Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildId()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuildId() <em>Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuildId()
	 * @generated
	 * @ordered
	 */
	protected String buildId = BUILD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isSaved() <em>Saved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSaved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSaved() <em>Saved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSaved()
	 * @generated
	 * @ordered
	 */
	protected boolean saved = SAVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.MEMORY_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(long newStart) {
		long oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(long newEnd) {
		long oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPermissions() {
		return permissions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPermissions(String newPermissions) {
		String oldPermissions = permissions;
		permissions = newPermissions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__PERMISSIONS, oldPermissions, permissions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFlags() {
		if (flags == null) {
			flags = new EDataTypeEList<String>(String.class, this, CruisePackage.MEMORY_REGION__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RegionKind newKind) {
		RegionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset) {
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInode() {
		return inode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInode(long newInode) {
		long oldInode = inode;
		inode = newInode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__INODE, oldInode, inode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuildId() {
		return buildId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuildId(String newBuildId) {
		String oldBuildId = buildId;
		buildId = newBuildId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__BUILD_ID, oldBuildId, buildId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSaved() {
		return saved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaved(boolean newSaved) {
		boolean oldSaved = saved;
		saved = newSaved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.MEMORY_REGION__SAVED, oldSaved, saved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long size() {
		return getEnd() - getStart();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean contains(final long address) {
		return Long.compareUnsigned(address, getStart()) >= 0 && Long.compareUnsigned(address, getEnd()) < 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.MEMORY_REGION__START:
				return getStart();
			case CruisePackage.MEMORY_REGION__END:
				return getEnd();
			case CruisePackage.MEMORY_REGION__PERMISSIONS:
				return getPermissions();
			case CruisePackage.MEMORY_REGION__FLAGS:
				return getFlags();
			case CruisePackage.MEMORY_REGION__KIND:
				return getKind();
			case CruisePackage.MEMORY_REGION__PATH:
				return getPath();
			case CruisePackage.MEMORY_REGION__OFFSET:
				return getOffset();
			case CruisePackage.MEMORY_REGION__DEVICE:
				return getDevice();
			case CruisePackage.MEMORY_REGION__INODE:
				return getInode();
			case CruisePackage.MEMORY_REGION__BUILD_ID:
				return getBuildId();
			case CruisePackage.MEMORY_REGION__SAVED:
				return isSaved();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CruisePackage.MEMORY_REGION__START:
				setStart((Long)newValue);
				return;
			case CruisePackage.MEMORY_REGION__END:
				setEnd((Long)newValue);
				return;
			case CruisePackage.MEMORY_REGION__PERMISSIONS:
				setPermissions((String)newValue);
				return;
			case CruisePackage.MEMORY_REGION__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends String>)newValue);
				return;
			case CruisePackage.MEMORY_REGION__KIND:
				setKind((RegionKind)newValue);
				return;
			case CruisePackage.MEMORY_REGION__PATH:
				setPath((String)newValue);
				return;
			case CruisePackage.MEMORY_REGION__OFFSET:
				setOffset((Long)newValue);
				return;
			case CruisePackage.MEMORY_REGION__DEVICE:
				setDevice((String)newValue);
				return;
			case CruisePackage.MEMORY_REGION__INODE:
				setInode((Long)newValue);
				return;
			case CruisePackage.MEMORY_REGION__BUILD_ID:
				setBuildId((String)newValue);
				return;
			case CruisePackage.MEMORY_REGION__SAVED:
				setSaved((Boolean)newValue);
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
			case CruisePackage.MEMORY_REGION__START:
				setStart(START_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__END:
				setEnd(END_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__PERMISSIONS:
				setPermissions(PERMISSIONS_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__FLAGS:
				getFlags().clear();
				return;
			case CruisePackage.MEMORY_REGION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__INODE:
				setInode(INODE_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__BUILD_ID:
				setBuildId(BUILD_ID_EDEFAULT);
				return;
			case CruisePackage.MEMORY_REGION__SAVED:
				setSaved(SAVED_EDEFAULT);
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
			case CruisePackage.MEMORY_REGION__START:
				return start != START_EDEFAULT;
			case CruisePackage.MEMORY_REGION__END:
				return end != END_EDEFAULT;
			case CruisePackage.MEMORY_REGION__PERMISSIONS:
				return PERMISSIONS_EDEFAULT == null ? permissions != null : !PERMISSIONS_EDEFAULT.equals(permissions);
			case CruisePackage.MEMORY_REGION__FLAGS:
				return flags != null && !flags.isEmpty();
			case CruisePackage.MEMORY_REGION__KIND:
				return kind != KIND_EDEFAULT;
			case CruisePackage.MEMORY_REGION__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case CruisePackage.MEMORY_REGION__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case CruisePackage.MEMORY_REGION__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case CruisePackage.MEMORY_REGION__INODE:
				return inode != INODE_EDEFAULT;
			case CruisePackage.MEMORY_REGION__BUILD_ID:
				return BUILD_ID_EDEFAULT == null ? buildId != null : !BUILD_ID_EDEFAULT.equals(buildId);
			case CruisePackage.MEMORY_REGION__SAVED:
				return saved != SAVED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CruisePackage.MEMORY_REGION___SIZE:
				return size();
			case CruisePackage.MEMORY_REGION___CONTAINS__LONG:
				return contains((Long)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Renders the region as its line of /proc/PID/maps (addresses and offset in hex, since they are
	 * unsigned 64-bit values), followed by kind, VmFlags and whether the contents were saved, e.g.
	 * {@code 7ffc1a2b3000-7ffc1a2d4000 rw-p 00000000 00:00 0 [stack] (STACK, flags: rd wr mr mw me gd ac, saved)}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder();
		result.append(Long.toHexString(start)).append('-').append(Long.toHexString(end));
		result.append(' ').append(permissions == null ? "----" : permissions);
		result.append(' ').append(String.format("%08x", offset));
		result.append(' ').append(device == null ? "00:00" : device);
		result.append(' ').append(Long.toUnsignedString(inode));
		if (path != null && !path.isEmpty()) {
			result.append(' ').append(path);
		}
		result.append(" (").append(kind);
		if (flags != null && !flags.isEmpty()) {
			result.append(", flags: ").append(String.join(" ", flags));
		}
		result.append(saved ? ", saved)" : ", not saved)");
		return result.toString();
	}

} //MemoryRegionImpl
