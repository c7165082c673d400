/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Registers</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * General purpose registers of a thread (x86-64 struct user_regs_struct, same names and order).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.Registers#getR15 <em>R15</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR14 <em>R14</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR13 <em>R13</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR12 <em>R12</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRbp <em>Rbp</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRbx <em>Rbx</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR11 <em>R11</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR10 <em>R10</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR9 <em>R9</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getR8 <em>R8</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRax <em>Rax</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRdx <em>Rdx</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRsi <em>Rsi</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRdi <em>Rdi</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getOrigRax <em>Orig Rax</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getCs <em>Cs</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getEflags <em>Eflags</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getRsp <em>Rsp</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getSs <em>Ss</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getDs <em>Ds</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getEs <em>Es</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getFs <em>Fs</em>}</li>
 *   <li>{@link org.cruise.model.Registers#getGs <em>Gs</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getRegisters()
 * @model
 * @generated
 */
public interface Registers extends EObject {
	/**
	 * Returns the value of the '<em><b>R15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R15</em>' attribute.
	 * @see #setR15(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R15()
	 * @model
	 * @generated
	 */
	long getR15();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR15 <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R15</em>' attribute.
	 * @see #getR15()
	 * @generated
	 */
	void setR15(long value);

	/**
	 * Returns the value of the '<em><b>R14</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R14</em>' attribute.
	 * @see #setR14(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R14()
	 * @model
	 * @generated
	 */
	long getR14();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR14 <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R14</em>' attribute.
	 * @see #getR14()
	 * @generated
	 */
	void setR14(long value);

	/**
	 * Returns the value of the '<em><b>R13</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R13</em>' attribute.
	 * @see #setR13(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R13()
	 * @model
	 * @generated
	 */
	long getR13();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR13 <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R13</em>' attribute.
	 * @see #getR13()
	 * @generated
	 */
	void setR13(long value);

	/**
	 * Returns the value of the '<em><b>R12</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R12</em>' attribute.
	 * @see #setR12(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R12()
	 * @model
	 * @generated
	 */
	long getR12();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR12 <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R12</em>' attribute.
	 * @see #getR12()
	 * @generated
	 */
	void setR12(long value);

	/**
	 * Returns the value of the '<em><b>Rbp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rbp</em>' attribute.
	 * @see #setRbp(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rbp()
	 * @model
	 * @generated
	 */
	long getRbp();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRbp <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbp</em>' attribute.
	 * @see #getRbp()
	 * @generated
	 */
	void setRbp(long value);

	/**
	 * Returns the value of the '<em><b>Rbx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rbx</em>' attribute.
	 * @see #setRbx(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rbx()
	 * @model
	 * @generated
	 */
	long getRbx();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRbx <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbx</em>' attribute.
	 * @see #getRbx()
	 * @generated
	 */
	void setRbx(long value);

	/**
	 * Returns the value of the '<em><b>R11</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R11</em>' attribute.
	 * @see #setR11(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R11()
	 * @model
	 * @generated
	 */
	long getR11();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR11 <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R11</em>' attribute.
	 * @see #getR11()
	 * @generated
	 */
	void setR11(long value);

	/**
	 * Returns the value of the '<em><b>R10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R10</em>' attribute.
	 * @see #setR10(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R10()
	 * @model
	 * @generated
	 */
	long getR10();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR10 <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R10</em>' attribute.
	 * @see #getR10()
	 * @generated
	 */
	void setR10(long value);

	/**
	 * Returns the value of the '<em><b>R9</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R9</em>' attribute.
	 * @see #setR9(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R9()
	 * @model
	 * @generated
	 */
	long getR9();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR9 <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R9</em>' attribute.
	 * @see #getR9()
	 * @generated
	 */
	void setR9(long value);

	/**
	 * Returns the value of the '<em><b>R8</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>R8</em>' attribute.
	 * @see #setR8(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_R8()
	 * @model
	 * @generated
	 */
	long getR8();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getR8 <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R8</em>' attribute.
	 * @see #getR8()
	 * @generated
	 */
	void setR8(long value);

	/**
	 * Returns the value of the '<em><b>Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rax</em>' attribute.
	 * @see #setRax(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rax()
	 * @model
	 * @generated
	 */
	long getRax();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRax <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rax</em>' attribute.
	 * @see #getRax()
	 * @generated
	 */
	void setRax(long value);

	/**
	 * Returns the value of the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rcx</em>' attribute.
	 * @see #setRcx(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rcx()
	 * @model
	 * @generated
	 */
	long getRcx();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRcx <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcx</em>' attribute.
	 * @see #getRcx()
	 * @generated
	 */
	void setRcx(long value);

	/**
	 * Returns the value of the '<em><b>Rdx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rdx</em>' attribute.
	 * @see #setRdx(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rdx()
	 * @model
	 * @generated
	 */
	long getRdx();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRdx <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdx</em>' attribute.
	 * @see #getRdx()
	 * @generated
	 */
	void setRdx(long value);

	/**
	 * Returns the value of the '<em><b>Rsi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rsi</em>' attribute.
	 * @see #setRsi(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rsi()
	 * @model
	 * @generated
	 */
	long getRsi();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRsi <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsi</em>' attribute.
	 * @see #getRsi()
	 * @generated
	 */
	void setRsi(long value);

	/**
	 * Returns the value of the '<em><b>Rdi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rdi</em>' attribute.
	 * @see #setRdi(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rdi()
	 * @model
	 * @generated
	 */
	long getRdi();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRdi <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdi</em>' attribute.
	 * @see #getRdi()
	 * @generated
	 */
	void setRdi(long value);

	/**
	 * Returns the value of the '<em><b>Orig Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Orig Rax</em>' attribute.
	 * @see #setOrigRax(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_OrigRax()
	 * @model
	 * @generated
	 */
	long getOrigRax();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getOrigRax <em>Orig Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Orig Rax</em>' attribute.
	 * @see #getOrigRax()
	 * @generated
	 */
	void setOrigRax(long value);

	/**
	 * Returns the value of the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rip</em>' attribute.
	 * @see #setRip(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rip()
	 * @model
	 * @generated
	 */
	long getRip();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRip <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rip</em>' attribute.
	 * @see #getRip()
	 * @generated
	 */
	void setRip(long value);

	/**
	 * Returns the value of the '<em><b>Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cs</em>' attribute.
	 * @see #setCs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Cs()
	 * @model
	 * @generated
	 */
	long getCs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getCs <em>Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cs</em>' attribute.
	 * @see #getCs()
	 * @generated
	 */
	void setCs(long value);

	/**
	 * Returns the value of the '<em><b>Eflags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eflags</em>' attribute.
	 * @see #setEflags(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Eflags()
	 * @model
	 * @generated
	 */
	long getEflags();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getEflags <em>Eflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eflags</em>' attribute.
	 * @see #getEflags()
	 * @generated
	 */
	void setEflags(long value);

	/**
	 * Returns the value of the '<em><b>Rsp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rsp</em>' attribute.
	 * @see #setRsp(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Rsp()
	 * @model
	 * @generated
	 */
	long getRsp();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getRsp <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsp</em>' attribute.
	 * @see #getRsp()
	 * @generated
	 */
	void setRsp(long value);

	/**
	 * Returns the value of the '<em><b>Ss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ss</em>' attribute.
	 * @see #setSs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Ss()
	 * @model
	 * @generated
	 */
	long getSs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getSs <em>Ss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ss</em>' attribute.
	 * @see #getSs()
	 * @generated
	 */
	void setSs(long value);

	/**
	 * Returns the value of the '<em><b>Ds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ds</em>' attribute.
	 * @see #setDs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Ds()
	 * @model
	 * @generated
	 */
	long getDs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getDs <em>Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ds</em>' attribute.
	 * @see #getDs()
	 * @generated
	 */
	void setDs(long value);

	/**
	 * Returns the value of the '<em><b>Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Es</em>' attribute.
	 * @see #setEs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Es()
	 * @model
	 * @generated
	 */
	long getEs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getEs <em>Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Es</em>' attribute.
	 * @see #getEs()
	 * @generated
	 */
	void setEs(long value);

	/**
	 * Returns the value of the '<em><b>Fs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fs</em>' attribute.
	 * @see #setFs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Fs()
	 * @model
	 * @generated
	 */
	long getFs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getFs <em>Fs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs</em>' attribute.
	 * @see #getFs()
	 * @generated
	 */
	void setFs(long value);

	/**
	 * Returns the value of the '<em><b>Gs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gs</em>' attribute.
	 * @see #setGs(long)
	 * @see org.cruise.model.CruisePackage#getRegisters_Gs()
	 * @model
	 * @generated
	 */
	long getGs();

	/**
	 * Sets the value of the '{@link org.cruise.model.Registers#getGs <em>Gs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gs</em>' attribute.
	 * @see #getGs()
	 * @generated
	 */
	void setGs(long value);

} // Registers
