/**
 */
package org.cruise.model.impl;

import java.util.Collection;

import org.cruise.model.CruisePackage;
import org.cruise.model.ProgramDiff;
import org.cruise.model.SymbolChange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Program Diff</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getOldProgram <em>Old Program</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getNewProgram <em>New Program</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getOldBuildId <em>Old Build Id</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getNewBuildId <em>New Build Id</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link org.cruise.model.impl.ProgramDiffImpl#getData <em>Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgramDiffImpl extends MinimalEObjectImpl.Container implements ProgramDiff {
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
	 * The default value of the '{@link #getOldBuildId() <em>Old Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldBuildId()
	 * @generated
	 * @ordered
	 */
	protected static final String OLD_BUILD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOldBuildId() <em>Old Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOldBuildId()
	 * @generated
	 * @ordered
	 */
	protected String oldBuildId = OLD_BUILD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNewBuildId() <em>New Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewBuildId()
	 * @generated
	 * @ordered
	 */
	protected static final String NEW_BUILD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNewBuildId() <em>New Build Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNewBuildId()
	 * @generated
	 * @ordered
	 */
	protected String newBuildId = NEW_BUILD_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<SymbolChange> functions;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected EList<SymbolChange> data;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgramDiffImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.PROGRAM_DIFF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROGRAM_DIFF__OLD_PROGRAM, oldOldProgram, oldProgram));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROGRAM_DIFF__NEW_PROGRAM, oldNewProgram, newProgram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOldBuildId() {
		return oldBuildId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOldBuildId(String newOldBuildId) {
		String oldOldBuildId = oldBuildId;
		oldBuildId = newOldBuildId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROGRAM_DIFF__OLD_BUILD_ID, oldOldBuildId, oldBuildId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNewBuildId() {
		return newBuildId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNewBuildId(String newNewBuildId) {
		String oldNewBuildId = newBuildId;
		newBuildId = newNewBuildId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.PROGRAM_DIFF__NEW_BUILD_ID, oldNewBuildId, newBuildId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SymbolChange> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentEList<SymbolChange>(SymbolChange.class, this, CruisePackage.PROGRAM_DIFF__FUNCTIONS);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SymbolChange> getData() {
		if (data == null) {
			data = new EObjectContainmentEList<SymbolChange>(SymbolChange.class, this, CruisePackage.PROGRAM_DIFF__DATA);
		}
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CruisePackage.PROGRAM_DIFF__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
			case CruisePackage.PROGRAM_DIFF__DATA:
				return ((InternalEList<?>)getData()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.PROGRAM_DIFF__OLD_PROGRAM:
				return getOldProgram();
			case CruisePackage.PROGRAM_DIFF__NEW_PROGRAM:
				return getNewProgram();
			case CruisePackage.PROGRAM_DIFF__OLD_BUILD_ID:
				return getOldBuildId();
			case CruisePackage.PROGRAM_DIFF__NEW_BUILD_ID:
				return getNewBuildId();
			case CruisePackage.PROGRAM_DIFF__FUNCTIONS:
				return getFunctions();
			case CruisePackage.PROGRAM_DIFF__DATA:
				return getData();
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
			case CruisePackage.PROGRAM_DIFF__OLD_PROGRAM:
				setOldProgram((String)newValue);
				return;
			case CruisePackage.PROGRAM_DIFF__NEW_PROGRAM:
				setNewProgram((String)newValue);
				return;
			case CruisePackage.PROGRAM_DIFF__OLD_BUILD_ID:
				setOldBuildId((String)newValue);
				return;
			case CruisePackage.PROGRAM_DIFF__NEW_BUILD_ID:
				setNewBuildId((String)newValue);
				return;
			case CruisePackage.PROGRAM_DIFF__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends SymbolChange>)newValue);
				return;
			case CruisePackage.PROGRAM_DIFF__DATA:
				getData().clear();
				getData().addAll((Collection<? extends SymbolChange>)newValue);
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
			case CruisePackage.PROGRAM_DIFF__OLD_PROGRAM:
				setOldProgram(OLD_PROGRAM_EDEFAULT);
				return;
			case CruisePackage.PROGRAM_DIFF__NEW_PROGRAM:
				setNewProgram(NEW_PROGRAM_EDEFAULT);
				return;
			case CruisePackage.PROGRAM_DIFF__OLD_BUILD_ID:
				setOldBuildId(OLD_BUILD_ID_EDEFAULT);
				return;
			case CruisePackage.PROGRAM_DIFF__NEW_BUILD_ID:
				setNewBuildId(NEW_BUILD_ID_EDEFAULT);
				return;
			case CruisePackage.PROGRAM_DIFF__FUNCTIONS:
				getFunctions().clear();
				return;
			case CruisePackage.PROGRAM_DIFF__DATA:
				getData().clear();
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
			case CruisePackage.PROGRAM_DIFF__OLD_PROGRAM:
				return OLD_PROGRAM_EDEFAULT == null ? oldProgram != null : !OLD_PROGRAM_EDEFAULT.equals(oldProgram);
			case CruisePackage.PROGRAM_DIFF__NEW_PROGRAM:
				return NEW_PROGRAM_EDEFAULT == null ? newProgram != null : !NEW_PROGRAM_EDEFAULT.equals(newProgram);
			case CruisePackage.PROGRAM_DIFF__OLD_BUILD_ID:
				return OLD_BUILD_ID_EDEFAULT == null ? oldBuildId != null : !OLD_BUILD_ID_EDEFAULT.equals(oldBuildId);
			case CruisePackage.PROGRAM_DIFF__NEW_BUILD_ID:
				return NEW_BUILD_ID_EDEFAULT == null ? newBuildId != null : !NEW_BUILD_ID_EDEFAULT.equals(newBuildId);
			case CruisePackage.PROGRAM_DIFF__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case CruisePackage.PROGRAM_DIFF__DATA:
				return data != null && !data.isEmpty();
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
		result.append(", oldBuildId: ");
		result.append(oldBuildId);
		result.append(", newBuildId: ");
		result.append(newBuildId);
		result.append(')');
		return result.toString();
	}

} //ProgramDiffImpl
