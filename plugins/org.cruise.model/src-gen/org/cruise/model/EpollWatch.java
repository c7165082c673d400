/**
 */
package org.cruise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epoll Watch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One registration of an epoll instance (a tfd line of its fdinfo).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cruise.model.EpollWatch#getTargetFd <em>Target Fd</em>}</li>
 *   <li>{@link org.cruise.model.EpollWatch#getEvents <em>Events</em>}</li>
 *   <li>{@link org.cruise.model.EpollWatch#getData <em>Data</em>}</li>
 * </ul>
 *
 * @see org.cruise.model.CruisePackage#getEpollWatch()
 * @model
 * @generated
 */
public interface EpollWatch extends EObject {
	/**
	 * Returns the value of the '<em><b>Target Fd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Fd</em>' attribute.
	 * @see #setTargetFd(int)
	 * @see org.cruise.model.CruisePackage#getEpollWatch_TargetFd()
	 * @model
	 * @generated
	 */
	int getTargetFd();

	/**
	 * Sets the value of the '{@link org.cruise.model.EpollWatch#getTargetFd <em>Target Fd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Fd</em>' attribute.
	 * @see #getTargetFd()
	 * @generated
	 */
	void setTargetFd(int value);

	/**
	 * Returns the value of the '<em><b>Events</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EPOLL* event mask.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' attribute.
	 * @see #setEvents(int)
	 * @see org.cruise.model.CruisePackage#getEpollWatch_Events()
	 * @model
	 * @generated
	 */
	int getEvents();

	/**
	 * Sets the value of the '{@link org.cruise.model.EpollWatch#getEvents <em>Events</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Events</em>' attribute.
	 * @see #getEvents()
	 * @generated
	 */
	void setEvents(int value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User data returned with events (epoll_data_t).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(long)
	 * @see org.cruise.model.CruisePackage#getEpollWatch_Data()
	 * @model
	 * @generated
	 */
	long getData();

	/**
	 * Sets the value of the '{@link org.cruise.model.EpollWatch#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(long value);

} // EpollWatch
