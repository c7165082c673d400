package org.cruise.core.snapshot;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Streaming SHA-256 for snapshot files, which are hundreds of MiB.
 * <p>
 * OpenSSL's libcrypto (through JNA) is used when it is installed, the JDK's MessageDigest otherwise.
 * The reason is the launcher: it runs the JVM with -XX:TieredStopAtLevel=1 for start-up time, and
 * C1 does not intrinsify SHA-256, so MessageDigest hashes about 90 MB/s there (5-6 s for 500 MiB,
 * measured on these machines) against 1.3-1.5 GB/s for OpenSSL with the CPU's SHA extensions, which
 * is what C2 reaches only after warming up. One JNA call per chunk of a MiB costs nothing
 * measurable. Not thread-safe: one thread at a time.
 */
abstract class Sha256 implements AutoCloseable {

    static Sha256 create() {
        return OpenSsl.AVAILABLE ? new OpenSsl() : new Jdk();
    }

    /** Which implementation {@link #create()} uses, for diagnostics. */
    static String implementation() {
        return OpenSsl.AVAILABLE ? "OpenSSL libcrypto" : "JDK MessageDigest";
    }

    abstract void update(Pointer data, long length);

    /** Hashes the buffer's remaining bytes and consumes them. */
    abstract void update(ByteBuffer data);

    void update(byte[] data, int offset, int length) {
        update(ByteBuffer.wrap(data, offset, length));
    }

    /** The digest as lower-case hex; the object must not be used afterwards except to close it. */
    abstract String finishHex();

    @Override
    public abstract void close();

    private static final class Jdk extends Sha256 {
        private final MessageDigest digest;

        Jdk() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform must provide SHA-256", e);
            }
        }

        @Override
        void update(Pointer data, long length) {
            for (long done = 0; done < length;) {
                int n = (int) Math.min(length - done, Integer.MAX_VALUE);
                digest.update(data.getByteBuffer(done, n));
                done += n;
            }
        }

        @Override
        void update(ByteBuffer data) {
            digest.update(data);
        }

        @Override
        String finishHex() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() {
        }
    }

    /** EVP digest API of OpenSSL 3 (Debian: libssl3), JNA direct mapping. */
    private static final class OpenSsl extends Sha256 {
        static final boolean AVAILABLE;

        static {
            boolean available = false;
            try {
                Native.register(OpenSsl.class, NativeLibrary.getInstance("libcrypto.so.3"));
                available = EVP_sha256() != null;
            } catch (UnsatisfiedLinkError e) {
                // Not installed: the JDK implementation is correct, only slower.
            }
            AVAILABLE = available;
        }

        private static native Pointer EVP_sha256();

        private static native Pointer EVP_MD_CTX_new();

        private static native void EVP_MD_CTX_free(Pointer context);

        private static native int EVP_DigestInit_ex(Pointer context, Pointer type, Pointer engine);

        private static native int EVP_DigestUpdate(Pointer context, Pointer data, long count);

        private static native int EVP_DigestUpdate(Pointer context, byte[] data, long count);

        private static native int EVP_DigestFinal_ex(Pointer context, byte[] digest, Pointer size);

        private Pointer context;

        OpenSsl() {
            context = EVP_MD_CTX_new();
            if (context == null || EVP_DigestInit_ex(context, EVP_sha256(), null) != 1) {
                close();
                throw new IllegalStateException("OpenSSL cannot start a SHA-256 digest");
            }
        }

        @Override
        void update(Pointer data, long length) {
            if (length > 0 && EVP_DigestUpdate(context, data, length) != 1) {
                throw new IllegalStateException("OpenSSL EVP_DigestUpdate failed");
            }
        }

        @Override
        void update(ByteBuffer data) {
            int length = data.remaining();
            if (length == 0) {
                return;
            }
            int result;
            if (data.isDirect()) {
                result = EVP_DigestUpdate(context, Native.getDirectBufferPointer(data).share(data.position()), length);
            } else if (data.hasArray() && data.arrayOffset() + data.position() == 0) {
                result = EVP_DigestUpdate(context, data.array(), length);
            } else {
                byte[] copy = new byte[length];
                data.duplicate().get(copy);
                result = EVP_DigestUpdate(context, copy, length);
            }
            if (result != 1) {
                throw new IllegalStateException("OpenSSL EVP_DigestUpdate failed");
            }
            data.position(data.limit());
        }

        @Override
        String finishHex() {
            byte[] digest = new byte[32];
            if (EVP_DigestFinal_ex(context, digest, null) != 1) {
                throw new IllegalStateException("OpenSSL EVP_DigestFinal_ex failed");
            }
            return HexFormat.of().formatHex(digest);
        }

        @Override
        public void close() {
            if (context != null) {
                EVP_MD_CTX_free(context);
                context = null;
            }
        }
    }
}
