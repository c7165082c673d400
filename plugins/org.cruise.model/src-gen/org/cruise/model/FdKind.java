/**
 */
package org.cruise.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Fd Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of an open file descriptor.
 * <!-- end-model-doc -->
 * @see org.cruise.model.CruisePackage#getFdKind()
 * @model
 * @generated
 */
public enum FdKind implements Enumerator {
	/**
	 * The '<em><b>REGULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR_VALUE
	 * @generated
	 * @ordered
	 */
	REGULAR(0, "REGULAR", "REGULAR"),

	/**
	 * The '<em><b>DIRECTORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECTORY(1, "DIRECTORY", "DIRECTORY"),

	/**
	 * The '<em><b>PIPE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPE_VALUE
	 * @generated
	 * @ordered
	 */
	PIPE(2, "PIPE", "PIPE"),

	/**
	 * The '<em><b>FIFO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIFO_VALUE
	 * @generated
	 * @ordered
	 */
	FIFO(3, "FIFO", "FIFO"),

	/**
	 * The '<em><b>UNIX SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIX_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	UNIX_SOCKET(4, "UNIX_SOCKET", "UNIX_SOCKET"),

	/**
	 * The '<em><b>TCP SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCP_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	TCP_SOCKET(5, "TCP_SOCKET", "TCP_SOCKET"),

	/**
	 * The '<em><b>UDP SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UDP_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	UDP_SOCKET(6, "UDP_SOCKET", "UDP_SOCKET"),

	/**
	 * The '<em><b>OTHER SOCKET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_SOCKET_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_SOCKET(7, "OTHER_SOCKET", "OTHER_SOCKET"),

	/**
	 * The '<em><b>EVENTFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTFD_VALUE
	 * @generated
	 * @ordered
	 */
	EVENTFD(8, "EVENTFD", "EVENTFD"),

	/**
	 * The '<em><b>EPOLL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPOLL_VALUE
	 * @generated
	 * @ordered
	 */
	EPOLL(9, "EPOLL", "EPOLL"),

	/**
	 * The '<em><b>TIMERFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMERFD_VALUE
	 * @generated
	 * @ordered
	 */
	TIMERFD(10, "TIMERFD", "TIMERFD"),

	/**
	 * The '<em><b>SIGNALFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNALFD_VALUE
	 * @generated
	 * @ordered
	 */
	SIGNALFD(11, "SIGNALFD", "SIGNALFD"),

	/**
	 * The '<em><b>INOTIFY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INOTIFY_VALUE
	 * @generated
	 * @ordered
	 */
	INOTIFY(12, "INOTIFY", "INOTIFY"),

	/**
	 * The '<em><b>MEMFD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMFD_VALUE
	 * @generated
	 * @ordered
	 */
	MEMFD(13, "MEMFD", "MEMFD"),

	/**
	 * The '<em><b>TTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TTY_VALUE
	 * @generated
	 * @ordered
	 */
	TTY(14, "TTY", "TTY"),

	/**
	 * The '<em><b>DEVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE_VALUE
	 * @generated
	 * @ordered
	 */
	DEVICE(15, "DEVICE", "DEVICE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(16, "OTHER", "OTHER");

	/**
	 * The '<em><b>REGULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGULAR_VALUE = 0;

	/**
	 * The '<em><b>DIRECTORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECTORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECTORY_VALUE = 1;

	/**
	 * The '<em><b>PIPE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PIPE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PIPE_VALUE = 2;

	/**
	 * The '<em><b>FIFO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIFO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIFO_VALUE = 3;

	/**
	 * The '<em><b>UNIX SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIX_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIX_SOCKET_VALUE = 4;

	/**
	 * The '<em><b>TCP SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TCP_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TCP_SOCKET_VALUE = 5;

	/**
	 * The '<em><b>UDP SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UDP_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UDP_SOCKET_VALUE = 6;

	/**
	 * The '<em><b>OTHER SOCKET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_SOCKET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_SOCKET_VALUE = 7;

	/**
	 * The '<em><b>EVENTFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENTFD_VALUE = 8;

	/**
	 * The '<em><b>EPOLL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPOLL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPOLL_VALUE = 9;

	/**
	 * The '<em><b>TIMERFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIMERFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIMERFD_VALUE = 10;

	/**
	 * The '<em><b>SIGNALFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SIGNALFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SIGNALFD_VALUE = 11;

	/**
	 * The '<em><b>INOTIFY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INOTIFY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INOTIFY_VALUE = 12;

	/**
	 * The '<em><b>MEMFD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMFD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMFD_VALUE = 13;

	/**
	 * The '<em><b>TTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TTY_VALUE = 14;

	/**
	 * The '<em><b>DEVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVICE_VALUE = 15;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 16;

	/**
	 * An array of all the '<em><b>Fd Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FdKind[] VALUES_ARRAY =
		new FdKind[] {
			REGULAR,
			DIRECTORY,
			PIPE,
			FIFO,
			UNIX_SOCKET,
			TCP_SOCKET,
			UDP_SOCKET,
			OTHER_SOCKET,
			EVENTFD,
			EPOLL,
			TIMERFD,
			SIGNALFD,
			INOTIFY,
			MEMFD,
			TTY,
			DEVICE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Fd Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FdKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Fd Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FdKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FdKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fd Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FdKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FdKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Fd Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FdKind get(int value) {
		switch (value) {
			case REGULAR_VALUE: return REGULAR;
			case DIRECTORY_VALUE: return DIRECTORY;
			case PIPE_VALUE: return PIPE;
			case FIFO_VALUE: return FIFO;
			case UNIX_SOCKET_VALUE: return UNIX_SOCKET;
			case TCP_SOCKET_VALUE: return TCP_SOCKET;
			case UDP_SOCKET_VALUE: return UDP_SOCKET;
			case OTHER_SOCKET_VALUE: return OTHER_SOCKET;
			case EVENTFD_VALUE: return EVENTFD;
			case EPOLL_VALUE: return EPOLL;
			case TIMERFD_VALUE: return TIMERFD;
			case SIGNALFD_VALUE: return SIGNALFD;
			case INOTIFY_VALUE: return INOTIFY;
			case MEMFD_VALUE: return MEMFD;
			case TTY_VALUE: return TTY;
			case DEVICE_VALUE: return DEVICE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private FdKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //FdKind
