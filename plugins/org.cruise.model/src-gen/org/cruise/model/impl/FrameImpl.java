/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.Frame;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Frame</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getPc <em>Pc</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getModule <em>Module</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getCfa <em>Cfa</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getReturnAddressSlot <em>Return Address Slot</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.cruise.model.impl.FrameImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameImpl extends MinimalEObjectImpl.Container implements Frame {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getPc() <em>Pc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPc()
	 * @generated
	 * @ordered
	 */
	protected static final long PC_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPc() <em>Pc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPc()
	 * @generated
	 * @ordered
	 */
	protected long pc = PC_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

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
	 * The default value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected static final String MODULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModule() <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModule()
	 * @generated
	 * @ordered
	 */
	protected String module = MODULE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCfa() <em>Cfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfa()
	 * @generated
	 * @ordered
	 */
	protected static final long CFA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCfa() <em>Cfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfa()
	 * @generated
	 * @ordered
	 */
	protected long cfa = CFA_EDEFAULT;

	/**
	 * The default value of the '{@link #getReturnAddressSlot() <em>Return Address Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnAddressSlot()
	 * @generated
	 * @ordered
	 */
	protected static final long RETURN_ADDRESS_SLOT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getReturnAddressSlot() <em>Return Address Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReturnAddressSlot()
	 * @generated
	 * @ordered
	 */
	protected long returnAddressSlot = RETURN_ADDRESS_SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.FRAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPc() {
		return pc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPc(long newPc) {
		long oldPc = pc;
		pc = newPc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__PC, oldPc, pc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__FUNCTION, oldFunction, function));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModule() {
		return module;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModule(String newModule) {
		String oldModule = module;
		module = newModule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__MODULE, oldModule, module));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCfa() {
		return cfa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCfa(long newCfa) {
		long oldCfa = cfa;
		cfa = newCfa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__CFA, oldCfa, cfa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getReturnAddressSlot() {
		return returnAddressSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReturnAddressSlot(long newReturnAddressSlot) {
		long oldReturnAddressSlot = returnAddressSlot;
		returnAddressSlot = newReturnAddressSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__RETURN_ADDRESS_SLOT, oldReturnAddressSlot, returnAddressSlot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.FRAME__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.FRAME__INDEX:
				return getIndex();
			case CruisePackage.FRAME__PC:
				return getPc();
			case CruisePackage.FRAME__FUNCTION:
				return getFunction();
			case CruisePackage.FRAME__OFFSET:
				return getOffset();
			case CruisePackage.FRAME__MODULE:
				return getModule();
			case CruisePackage.FRAME__CFA:
				return getCfa();
			case CruisePackage.FRAME__RETURN_ADDRESS_SLOT:
				return getReturnAddressSlot();
			case CruisePackage.FRAME__SOURCE_FILE:
				return getSourceFile();
			case CruisePackage.FRAME__LINE:
				return getLine();
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
			case CruisePackage.FRAME__INDEX:
				setIndex((Integer)newValue);
				return;
			case CruisePackage.FRAME__PC:
				setPc((Long)newValue);
				return;
			case CruisePackage.FRAME__FUNCTION:
				setFunction((String)newValue);
				return;
			case CruisePackage.FRAME__OFFSET:
				setOffset((Long)newValue);
				return;
			case CruisePackage.FRAME__MODULE:
				setModule((String)newValue);
				return;
			case CruisePackage.FRAME__CFA:
				setCfa((Long)newValue);
				return;
			case CruisePackage.FRAME__RETURN_ADDRESS_SLOT:
				setReturnAddressSlot((Long)newValue);
				return;
			case CruisePackage.FRAME__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case CruisePackage.FRAME__LINE:
				setLine((Integer)newValue);
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
			case CruisePackage.FRAME__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case CruisePackage.FRAME__PC:
				setPc(PC_EDEFAULT);
				return;
			case CruisePackage.FRAME__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case CruisePackage.FRAME__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case CruisePackage.FRAME__MODULE:
				setModule(MODULE_EDEFAULT);
				return;
			case CruisePackage.FRAME__CFA:
				setCfa(CFA_EDEFAULT);
				return;
			case CruisePackage.FRAME__RETURN_ADDRESS_SLOT:
				setReturnAddressSlot(RETURN_ADDRESS_SLOT_EDEFAULT);
				return;
			case CruisePackage.FRAME__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case CruisePackage.FRAME__LINE:
				setLine(LINE_EDEFAULT);
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
			case CruisePackage.FRAME__INDEX:
				return index != INDEX_EDEFAULT;
			case CruisePackage.FRAME__PC:
				return pc != PC_EDEFAULT;
			case CruisePackage.FRAME__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case CruisePackage.FRAME__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case CruisePackage.FRAME__MODULE:
				return MODULE_EDEFAULT == null ? module != null : !MODULE_EDEFAULT.equals(module);
			case CruisePackage.FRAME__CFA:
				return cfa != CFA_EDEFAULT;
			case CruisePackage.FRAME__RETURN_ADDRESS_SLOT:
				return returnAddressSlot != RETURN_ADDRESS_SLOT_EDEFAULT;
			case CruisePackage.FRAME__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case CruisePackage.FRAME__LINE:
				return line != LINE_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", pc: ");
		result.append(pc);
		result.append(", function: ");
		result.append(function);
		result.append(", offset: ");
		result.append(offset);
		result.append(", module: ");
		result.append(module);
		result.append(", cfa: ");
		result.append(cfa);
		result.append(", returnAddressSlot: ");
		result.append(returnAddressSlot);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", line: ");
		result.append(line);
		result.append(')');
		return result.toString();
	}

} //FrameImpl
