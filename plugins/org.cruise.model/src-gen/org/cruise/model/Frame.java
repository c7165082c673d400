/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Frame</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One frame of an unwound call stack. Frames are what the updater rewrites: every return address into old code must be mapped to the new binary.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.Frame#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getPc <em>Pc</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getFunction <em>Function</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getModule <em>Module</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getCfa <em>Cfa</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getReturnAddressSlot <em>Return Address Slot</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link org.cruise.model.Frame#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getFrame()
 * @model
 * @generated
 */
public interface Frame extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position in the stack, 0 for the innermost frame.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.cruise.model.CruisePackage#getFrame_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Pc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Program counter: the current instruction for frame 0, the return address for outer frames.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pc</em>' attribute.
	 * @see #setPc(long)
	 * @see org.cruise.model.CruisePackage#getFrame_Pc()
	 * @model
	 * @generated
	 */
	long getPc();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getPc <em>Pc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pc</em>' attribute.
	 * @see #getPc()
	 * @generated
	 */
	void setPc(long value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Symbol containing pc; null if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.cruise.model.CruisePackage#getFrame_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offset of pc from the start of function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.cruise.model.CruisePackage#getFrame_Offset()
	 * @model
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the mapped object (executable or library) containing pc.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module</em>' attribute.
	 * @see #setModule(String)
	 * @see org.cruise.model.CruisePackage#getFrame_Module()
	 * @model
	 * @generated
	 */
	String getModule();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getModule <em>Module</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module</em>' attribute.
	 * @see #getModule()
	 * @generated
	 */
	void setModule(String value);

	/**
	 * Returns the value of the '<em><b>Cfa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical frame address (the caller's stack pointer before the call), as computed from DWARF CFI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cfa</em>' attribute.
	 * @see #setCfa(long)
	 * @see org.cruise.model.CruisePackage#getFrame_Cfa()
	 * @model
	 * @generated
	 */
	long getCfa();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getCfa <em>Cfa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cfa</em>' attribute.
	 * @see #getCfa()
	 * @generated
	 */
	void setCfa(long value);

	/**
	 * Returns the value of the '<em><b>Return Address Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stack address holding this frame's return address, 0 if unknown; this is the word the updater rewrites.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Return Address Slot</em>' attribute.
	 * @see #setReturnAddressSlot(long)
	 * @see org.cruise.model.CruisePackage#getFrame_ReturnAddressSlot()
	 * @model
	 * @generated
	 */
	long getReturnAddressSlot();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getReturnAddressSlot <em>Return Address Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Address Slot</em>' attribute.
	 * @see #getReturnAddressSlot()
	 * @generated
	 */
	void setReturnAddressSlot(long value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see org.cruise.model.CruisePackage#getFrame_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source line of pc; 0 if unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.cruise.model.CruisePackage#getFrame_Line()
	 * @model
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.cruise.model.Frame#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

} // Frame
