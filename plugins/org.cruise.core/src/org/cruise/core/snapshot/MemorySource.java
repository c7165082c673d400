package org.cruise.core.snapshot;

import java.io.IOException;

import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Pointer;

/**
 * Where the snapshot writer gets the memory of the saved regions from: the stopped target itself,
 * or a copy-on-write fork of it that keeps the checkpoint's memory while the target runs on.
 * <p>
 * The writer calls {@link #read} from several threads at once (not the caller's or the tracer's
 * necessarily), with pieces of at most a MiB in no particular order, never crossing a region
 * boundary: implementations must be thread-safe.
 */
@FunctionalInterface
public interface MemorySource {

    /**
     * Copies up to {@code length} bytes at {@code address} of the source into {@code destination}.
     *
     * @return the number of bytes copied, which is less than {@code length} only when the page
     *         after the last byte copied cannot be read; the writer then asks again from there,
     *         and a read that copies nothing fails the snapshot
     * @throws IOException if nothing can be read at {@code address}; the message says why
     */
    long read(long address, Pointer destination, long length) throws IOException;

    /**
     * Called once after the last read, before the snapshot is published: a source that can only
     * tell at the end whether what it delivered was the memory of one instant fails here.
     *
     * @throws IOException if the snapshot must not be kept; the message says why
     */
    default void finish() throws IOException {
    }

    /**
     * Reads through process_vm_readv (any thread, no ptrace stop needed). It sees what the process
     * itself can read: a region mapped without read permission (PROT_NONE) fails, so such regions
     * must either not be saved or be read by a source that goes through /proc/PID/mem.
     */
    static MemorySource of(ProcessMemory memory) {
        return (address, destination, length) -> {
            try {
                return memory.read(address, destination, length);
            } catch (NativeException e) {
                throw new IOException(e.getMessage(), e);
            }
        };
    }
}
