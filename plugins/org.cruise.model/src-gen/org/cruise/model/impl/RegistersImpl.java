/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.Registers;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Registers</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR15 <em>R15</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR14 <em>R14</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR13 <em>R13</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR12 <em>R12</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRbp <em>Rbp</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRbx <em>Rbx</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR11 <em>R11</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR10 <em>R10</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR9 <em>R9</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getR8 <em>R8</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRax <em>Rax</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRdx <em>Rdx</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRsi <em>Rsi</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRdi <em>Rdi</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getOrigRax <em>Orig Rax</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getCs <em>Cs</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getEflags <em>Eflags</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getRsp <em>Rsp</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getSs <em>Ss</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getDs <em>Ds</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getEs <em>Es</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getFs <em>Fs</em>}</li>
 *   <li>{@link org.cruise.model.impl.RegistersImpl#getGs <em>Gs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegistersImpl extends MinimalEObjectImpl.Container implements Registers {
	/**
	 * The default value of the '{@link #getR15() <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR15()
	 * @generated
	 * @ordered
	 */
	protected static final long R15_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR15() <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR15()
	 * @generated
	 * @ordered
	 */
	protected long r15 = R15_EDEFAULT;

	/**
	 * The default value of the '{@link #getR14() <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR14()
	 * @generated
	 * @ordered
	 */
	protected static final long R14_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR14() <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR14()
	 * @generated
	 * @ordered
	 */
	protected long r14 = R14_EDEFAULT;

	/**
	 * The default value of the '{@link #getR13() <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR13()
	 * @generated
	 * @ordered
	 */
	protected static final long R13_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR13() <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR13()
	 * @generated
	 * @ordered
	 */
	protected long r13 = R13_EDEFAULT;

	/**
	 * The default value of the '{@link #getR12() <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR12()
	 * @generated
	 * @ordered
	 */
	protected static final long R12_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR12() <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR12()
	 * @generated
	 * @ordered
	 */
	protected long r12 = R12_EDEFAULT;

	/**
	 * The default value of the '{@link #getRbp() <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbp()
	 * @generated
	 * @ordered
	 */
	protected static final long RBP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRbp() <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbp()
	 * @generated
	 * @ordered
	 */
	protected long rbp = RBP_EDEFAULT;

	/**
	 * The default value of the '{@link #getRbx() <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbx()
	 * @generated
	 * @ordered
	 */
	protected static final long RBX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRbx() <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbx()
	 * @generated
	 * @ordered
	 */
	protected long rbx = RBX_EDEFAULT;

	/**
	 * The default value of the '{@link #getR11() <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR11()
	 * @generated
	 * @ordered
	 */
	protected static final long R11_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR11() <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR11()
	 * @generated
	 * @ordered
	 */
	protected long r11 = R11_EDEFAULT;

	/**
	 * The default value of the '{@link #getR10() <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR10()
	 * @generated
	 * @ordered
	 */
	protected static final long R10_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR10() <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR10()
	 * @generated
	 * @ordered
	 */
	protected long r10 = R10_EDEFAULT;

	/**
	 * The default value of the '{@link #getR9() <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR9()
	 * @generated
	 * @ordered
	 */
	protected static final long R9_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR9() <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR9()
	 * @generated
	 * @ordered
	 */
	protected long r9 = R9_EDEFAULT;

	/**
	 * The default value of the '{@link #getR8() <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR8()
	 * @generated
	 * @ordered
	 */
	protected static final long R8_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR8() <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR8()
	 * @generated
	 * @ordered
	 */
	protected long r8 = R8_EDEFAULT;

	/**
	 * The default value of the '{@link #getRax() <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRax()
	 * @generated
	 * @ordered
	 */
	protected static final long RAX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRax() <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRax()
	 * @generated
	 * @ordered
	 */
	protected long rax = RAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected static final long RCX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected long rcx = RCX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdx() <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdx()
	 * @generated
	 * @ordered
	 */
	protected static final long RDX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRdx() <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdx()
	 * @generated
	 * @ordered
	 */
	protected long rdx = RDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRsi() <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsi()
	 * @generated
	 * @ordered
	 */
	protected static final long RSI_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRsi() <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsi()
	 * @generated
	 * @ordered
	 */
	protected long rsi = RSI_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdi() <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdi()
	 * @generated
	 * @ordered
	 */
	protected static final long RDI_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRdi() <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdi()
	 * @generated
	 * @ordered
	 */
	protected long rdi = RDI_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigRax() <em>Orig Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigRax()
	 * @generated
	 * @ordered
	 */
	protected static final long ORIG_RAX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOrigRax() <em>Orig Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigRax()
	 * @generated
	 * @ordered
	 */
	protected long origRax = ORIG_RAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected static final long RIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected long rip = RIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCs() <em>Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCs()
	 * @generated
	 * @ordered
	 */
	protected static final long CS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCs() <em>Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCs()
	 * @generated
	 * @ordered
	 */
	protected long cs = CS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEflags() <em>Eflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEflags()
	 * @generated
	 * @ordered
	 */
	protected static final long EFLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEflags() <em>Eflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEflags()
	 * @generated
	 * @ordered
	 */
	protected long eflags = EFLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRsp() <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsp()
	 * @generated
	 * @ordered
	 */
	protected static final long RSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRsp() <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsp()
	 * @generated
	 * @ordered
	 */
	protected long rsp = RSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSs() <em>Ss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSs()
	 * @generated
	 * @ordered
	 */
	protected static final long SS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSs() <em>Ss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSs()
	 * @generated
	 * @ordered
	 */
	protected long ss = SS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDs() <em>Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDs()
	 * @generated
	 * @ordered
	 */
	protected static final long DS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDs() <em>Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDs()
	 * @generated
	 * @ordered
	 */
	protected long ds = DS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEs() <em>Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEs()
	 * @generated
	 * @ordered
	 */
	protected static final long ES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEs() <em>Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEs()
	 * @generated
	 * @ordered
	 */
	protected long es = ES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFs() <em>Fs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFs()
	 * @generated
	 * @ordered
	 */
	protected static final long FS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFs() <em>Fs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFs()
	 * @generated
	 * @ordered
	 */
	protected long fs = FS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGs() <em>Gs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGs()
	 * @generated
	 * @ordered
	 */
	protected static final long GS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGs() <em>Gs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGs()
	 * @generated
	 * @ordered
	 */
	protected long gs = GS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegistersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.REGISTERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR15() {
		return r15;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR15(long newR15) {
		long oldR15 = r15;
		r15 = newR15;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R15, oldR15, r15));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR14() {
		return r14;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR14(long newR14) {
		long oldR14 = r14;
		r14 = newR14;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R14, oldR14, r14));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR13() {
		return r13;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR13(long newR13) {
		long oldR13 = r13;
		r13 = newR13;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R13, oldR13, r13));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR12() {
		return r12;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR12(long newR12) {
		long oldR12 = r12;
		r12 = newR12;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R12, oldR12, r12));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRbp() {
		return rbp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRbp(long newRbp) {
		long oldRbp = rbp;
		rbp = newRbp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RBP, oldRbp, rbp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRbx() {
		return rbx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRbx(long newRbx) {
		long oldRbx = rbx;
		rbx = newRbx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RBX, oldRbx, rbx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR11() {
		return r11;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR11(long newR11) {
		long oldR11 = r11;
		r11 = newR11;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R11, oldR11, r11));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR10() {
		return r10;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR10(long newR10) {
		long oldR10 = r10;
		r10 = newR10;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R10, oldR10, r10));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR9() {
		return r9;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR9(long newR9) {
		long oldR9 = r9;
		r9 = newR9;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R9, oldR9, r9));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR8() {
		return r8;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR8(long newR8) {
		long oldR8 = r8;
		r8 = newR8;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__R8, oldR8, r8));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRax() {
		return rax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRax(long newRax) {
		long oldRax = rax;
		rax = newRax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RAX, oldRax, rax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcx() {
		return rcx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcx(long newRcx) {
		long oldRcx = rcx;
		rcx = newRcx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RCX, oldRcx, rcx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRdx() {
		return rdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdx(long newRdx) {
		long oldRdx = rdx;
		rdx = newRdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RDX, oldRdx, rdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRsi() {
		return rsi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsi(long newRsi) {
		long oldRsi = rsi;
		rsi = newRsi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RSI, oldRsi, rsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRdi() {
		return rdi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdi(long newRdi) {
		long oldRdi = rdi;
		rdi = newRdi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RDI, oldRdi, rdi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOrigRax() {
		return origRax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigRax(long newOrigRax) {
		long oldOrigRax = origRax;
		origRax = newOrigRax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__ORIG_RAX, oldOrigRax, origRax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRip() {
		return rip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRip(long newRip) {
		long oldRip = rip;
		rip = newRip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RIP, oldRip, rip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCs() {
		return cs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCs(long newCs) {
		long oldCs = cs;
		cs = newCs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__CS, oldCs, cs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEflags() {
		return eflags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEflags(long newEflags) {
		long oldEflags = eflags;
		eflags = newEflags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__EFLAGS, oldEflags, eflags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRsp() {
		return rsp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsp(long newRsp) {
		long oldRsp = rsp;
		rsp = newRsp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__RSP, oldRsp, rsp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSs() {
		return ss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSs(long newSs) {
		long oldSs = ss;
		ss = newSs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__SS, oldSs, ss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDs() {
		return ds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDs(long newDs) {
		long oldDs = ds;
		ds = newDs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__DS, oldDs, ds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEs() {
		return es;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEs(long newEs) {
		long oldEs = es;
		es = newEs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__ES, oldEs, es));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFs() {
		return fs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFs(long newFs) {
		long oldFs = fs;
		fs = newFs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__FS, oldFs, fs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGs() {
		return gs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGs(long newGs) {
		long oldGs = gs;
		gs = newGs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.REGISTERS__GS, oldGs, gs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.REGISTERS__R15:
				return getR15();
			case CruisePackage.REGISTERS__R14:
				return getR14();
			case CruisePackage.REGISTERS__R13:
				return getR13();
			case CruisePackage.REGISTERS__R12:
				return getR12();
			case CruisePackage.REGISTERS__RBP:
				return getRbp();
			case CruisePackage.REGISTERS__RBX:
				return getRbx();
			case CruisePackage.REGISTERS__R11:
				return getR11();
			case CruisePackage.REGISTERS__R10:
				return getR10();
			case CruisePackage.REGISTERS__R9:
				return getR9();
			case CruisePackage.REGISTERS__R8:
				return getR8();
			case CruisePackage.REGISTERS__RAX:
				return getRax();
			case CruisePackage.REGISTERS__RCX:
				return getRcx();
			case CruisePackage.REGISTERS__RDX:
				return getRdx();
			case CruisePackage.REGISTERS__RSI:
				return getRsi();
			case CruisePackage.REGISTERS__RDI:
				return getRdi();
			case CruisePackage.REGISTERS__ORIG_RAX:
				return getOrigRax();
			case CruisePackage.REGISTERS__RIP:
				return getRip();
			case CruisePackage.REGISTERS__CS:
				return getCs();
			case CruisePackage.REGISTERS__EFLAGS:
				return getEflags();
			case CruisePackage.REGISTERS__RSP:
				return getRsp();
			case CruisePackage.REGISTERS__SS:
				return getSs();
			case CruisePackage.REGISTERS__DS:
				return getDs();
			case CruisePackage.REGISTERS__ES:
				return getEs();
			case CruisePackage.REGISTERS__FS:
				return getFs();
			case CruisePackage.REGISTERS__GS:
				return getGs();
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
			case CruisePackage.REGISTERS__R15:
				setR15((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R14:
				setR14((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R13:
				setR13((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R12:
				setR12((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RBP:
				setRbp((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RBX:
				setRbx((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R11:
				setR11((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R10:
				setR10((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R9:
				setR9((Long)newValue);
				return;
			case CruisePackage.REGISTERS__R8:
				setR8((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RAX:
				setRax((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RCX:
				setRcx((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RDX:
				setRdx((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RSI:
				setRsi((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RDI:
				setRdi((Long)newValue);
				return;
			case CruisePackage.REGISTERS__ORIG_RAX:
				setOrigRax((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RIP:
				setRip((Long)newValue);
				return;
			case CruisePackage.REGISTERS__CS:
				setCs((Long)newValue);
				return;
			case CruisePackage.REGISTERS__EFLAGS:
				setEflags((Long)newValue);
				return;
			case CruisePackage.REGISTERS__RSP:
				setRsp((Long)newValue);
				return;
			case CruisePackage.REGISTERS__SS:
				setSs((Long)newValue);
				return;
			case CruisePackage.REGISTERS__DS:
				setDs((Long)newValue);
				return;
			case CruisePackage.REGISTERS__ES:
				setEs((Long)newValue);
				return;
			case CruisePackage.REGISTERS__FS:
				setFs((Long)newValue);
				return;
			case CruisePackage.REGISTERS__GS:
				setGs((Long)newValue);
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
			case CruisePackage.REGISTERS__R15:
				setR15(R15_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R14:
				setR14(R14_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R13:
				setR13(R13_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R12:
				setR12(R12_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RBP:
				setRbp(RBP_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RBX:
				setRbx(RBX_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R11:
				setR11(R11_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R10:
				setR10(R10_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R9:
				setR9(R9_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__R8:
				setR8(R8_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RAX:
				setRax(RAX_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RCX:
				setRcx(RCX_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RDX:
				setRdx(RDX_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RSI:
				setRsi(RSI_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RDI:
				setRdi(RDI_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__ORIG_RAX:
				setOrigRax(ORIG_RAX_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RIP:
				setRip(RIP_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__CS:
				setCs(CS_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__EFLAGS:
				setEflags(EFLAGS_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__RSP:
				setRsp(RSP_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__SS:
				setSs(SS_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__DS:
				setDs(DS_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__ES:
				setEs(ES_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__FS:
				setFs(FS_EDEFAULT);
				return;
			case CruisePackage.REGISTERS__GS:
				setGs(GS_EDEFAULT);
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
			case CruisePackage.REGISTERS__R15:
				return r15 != R15_EDEFAULT;
			case CruisePackage.REGISTERS__R14:
				return r14 != R14_EDEFAULT;
			case CruisePackage.REGISTERS__R13:
				return r13 != R13_EDEFAULT;
			case CruisePackage.REGISTERS__R12:
				return r12 != R12_EDEFAULT;
			case CruisePackage.REGISTERS__RBP:
				return rbp != RBP_EDEFAULT;
			case CruisePackage.REGISTERS__RBX:
				return rbx != RBX_EDEFAULT;
			case CruisePackage.REGISTERS__R11:
				return r11 != R11_EDEFAULT;
			case CruisePackage.REGISTERS__R10:
				return r10 != R10_EDEFAULT;
			case CruisePackage.REGISTERS__R9:
				return r9 != R9_EDEFAULT;
			case CruisePackage.REGISTERS__R8:
				return r8 != R8_EDEFAULT;
			case CruisePackage.REGISTERS__RAX:
				return rax != RAX_EDEFAULT;
			case CruisePackage.REGISTERS__RCX:
				return rcx != RCX_EDEFAULT;
			case CruisePackage.REGISTERS__RDX:
				return rdx != RDX_EDEFAULT;
			case CruisePackage.REGISTERS__RSI:
				return rsi != RSI_EDEFAULT;
			case CruisePackage.REGISTERS__RDI:
				return rdi != RDI_EDEFAULT;
			case CruisePackage.REGISTERS__ORIG_RAX:
				return origRax != ORIG_RAX_EDEFAULT;
			case CruisePackage.REGISTERS__RIP:
				return rip != RIP_EDEFAULT;
			case CruisePackage.REGISTERS__CS:
				return cs != CS_EDEFAULT;
			case CruisePackage.REGISTERS__EFLAGS:
				return eflags != EFLAGS_EDEFAULT;
			case CruisePackage.REGISTERS__RSP:
				return rsp != RSP_EDEFAULT;
			case CruisePackage.REGISTERS__SS:
				return ss != SS_EDEFAULT;
			case CruisePackage.REGISTERS__DS:
				return ds != DS_EDEFAULT;
			case CruisePackage.REGISTERS__ES:
				return es != ES_EDEFAULT;
			case CruisePackage.REGISTERS__FS:
				return fs != FS_EDEFAULT;
			case CruisePackage.REGISTERS__GS:
				return gs != GS_EDEFAULT;
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
		result.append(" (r15: ");
		result.append(r15);
		result.append(", r14: ");
		result.append(r14);
		result.append(", r13: ");
		result.append(r13);
		result.append(", r12: ");
		result.append(r12);
		result.append(", rbp: ");
		result.append(rbp);
		result.append(", rbx: ");
		result.append(rbx);
		result.append(", r11: ");
		result.append(r11);
		result.append(", r10: ");
		result.append(r10);
		result.append(", r9: ");
		result.append(r9);
		result.append(", r8: ");
		result.append(r8);
		result.append(", rax: ");
		result.append(rax);
		result.append(", rcx: ");
		result.append(rcx);
		result.append(", rdx: ");
		result.append(rdx);
		result.append(", rsi: ");
		result.append(rsi);
		result.append(", rdi: ");
		result.append(rdi);
		result.append(", origRax: ");
		result.append(origRax);
		result.append(", rip: ");
		result.append(rip);
		result.append(", cs: ");
		result.append(cs);
		result.append(", eflags: ");
		result.append(eflags);
		result.append(", rsp: ");
		result.append(rsp);
		result.append(", ss: ");
		result.append(ss);
		result.append(", ds: ");
		result.append(ds);
		result.append(", es: ");
		result.append(es);
		result.append(", fs: ");
		result.append(fs);
		result.append(", gs: ");
		result.append(gs);
		result.append(')');
		return result.toString();
	}

} //RegistersImpl
