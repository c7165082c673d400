/**
 */
package org.cruise.model.impl;

import org.cruise.model.CruisePackage;
import org.cruise.model.EpollWatch;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Epoll Watch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.impl.EpollWatchImpl#getTargetFd <em>Target Fd</em>}</li>
 *   <li>{@link org.cruise.model.impl.EpollWatchImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.cruise.model.impl.EpollWatchImpl#getData <em>Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpollWatchImpl extends MinimalEObjectImpl.Container implements EpollWatch {
	/**
	 * The default value of the '{@link #getTargetFd() <em>Target Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFd()
	 * @generated
	 * @ordered
	 */
	protected static final int TARGET_FD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTargetFd() <em>Target Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFd()
	 * @generated
	 * @ordered
	 */
	protected int targetFd = TARGET_FD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvents() <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected static final int EVENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected int events = EVENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final long DATA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected long data = DATA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpollWatchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CruisePackage.Literals.EPOLL_WATCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTargetFd() {
		return targetFd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFd(int newTargetFd) {
		int oldTargetFd = targetFd;
		targetFd = newTargetFd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.EPOLL_WATCH__TARGET_FD, oldTargetFd, targetFd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvents() {
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvents(int newEvents) {
		int oldEvents = events;
		events = newEvents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.EPOLL_WATCH__EVENTS, oldEvents, events));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(long newData) {
		long oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CruisePackage.EPOLL_WATCH__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CruisePackage.EPOLL_WATCH__TARGET_FD:
				return getTargetFd();
			case CruisePackage.EPOLL_WATCH__EVENTS:
				return getEvents();
			case CruisePackage.EPOLL_WATCH__DATA:
				return getData();
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
			case CruisePackage.EPOLL_WATCH__TARGET_FD:
				setTargetFd((Integer)newValue);
				return;
			case CruisePackage.EPOLL_WATCH__EVENTS:
				setEvents((Integer)newValue);
				return;
			case CruisePackage.EPOLL_WATCH__DATA:
				setData((Long)newValue);
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
			case CruisePackage.EPOLL_WATCH__TARGET_FD:
				setTargetFd(TARGET_FD_EDEFAULT);
				return;
			case CruisePackage.EPOLL_WATCH__EVENTS:
				setEvents(EVENTS_EDEFAULT);
				return;
			case CruisePackage.EPOLL_WATCH__DATA:
				setData(DATA_EDEFAULT);
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
			case CruisePackage.EPOLL_WATCH__TARGET_FD:
				return targetFd != TARGET_FD_EDEFAULT;
			case CruisePackage.EPOLL_WATCH__EVENTS:
				return events != EVENTS_EDEFAULT;
			case CruisePackage.EPOLL_WATCH__DATA:
				return data != DATA_EDEFAULT;
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
		result.append(" (targetFd: ");
		result.append(targetFd);
		result.append(", events: ");
		result.append(events);
		result.append(", data: ");
		result.append(data);
		result.append(')');
		return result.toString();
	}

} //EpollWatchImpl
