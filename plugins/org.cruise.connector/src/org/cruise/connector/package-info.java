/**
 * Connector between the CRUISE engine and the {@code cruise} kernel module (kmod/).
 * <p>
 * The module gives a second trigger backend: it arms function returns inside the kernel
 * (uretprobes) instead of through ptrace breakpoints, so a watched call costs a few microseconds
 * and an unwatched process pays nothing. This bundle will hold the ioctl binding and the
 * {@code Trigger} backend built on it; it is empty until the kernel-module issue lands, and no
 * command offers the backend before then.
 */
package org.cruise.connector;
