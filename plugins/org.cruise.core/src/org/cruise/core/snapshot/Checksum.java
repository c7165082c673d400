package org.cruise.core.snapshot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The checksum the manifest records for each file, {@code crc32c-1m:HEX} (docs/snapshot-format.md):
 * the CRC-32C of the file's consecutive 1 MiB blocks (the last one may be shorter), each taken
 * separately, and then the CRC-32C of those block values as 4-byte little-endian integers in file
 * order. HEX is that final value, 8 lower-case hex digits.
 * <p>
 * It protects against accidental damage (a truncated copy, bit rot, a file overwritten by
 * mistake), not against tampering: anyone who can write the snapshot can also write a matching
 * manifest. It replaces SHA-256 (format version 1), which cost more than writing the memory.
 * <p>
 * Why blocks: the core is written by several threads at once, each taking whole blocks; every
 * block's CRC is computed while the block is still in the cache, and the order of the blocks is
 * only needed at the end. java.util.zip.CRC32C is a CPU-instruction intrinsic (SSE4.2), about
 * 10 GB/s here also under the launcher's C1-only JIT.
 */
public final class Checksum {
    public static final String ALGORITHM = "crc32c-1m";
    public static final int BLOCK = 1 << 20;
    private static final String PREFIX = ALGORITHM + ":";

    private Checksum() {
    }

    /** The CRC-32C of one block's bytes (the buffer's remaining bytes; they are consumed). */
    static int block(ByteBuffer data) {
        CRC32C crc = new CRC32C();
        crc.update(data);
        return (int) crc.getValue();
    }

    /** The manifest value for the given block checksums, in file order. */
    static String of(int[] blocks, int count) {
        ByteBuffer values = ByteBuffer.allocate(4 * count).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            values.putInt(blocks[i]);
        }
        CRC32C outer = new CRC32C();
        outer.update(values.flip());
        return PREFIX + HexFormat.of().toHexDigits((int) outer.getValue());
    }

    /** Whether {@code recorded} is a value of this algorithm. */
    static boolean isThisAlgorithm(String recorded) {
        return recorded != null && recorded.startsWith(PREFIX);
    }

    /** Checksum of a byte stream handed over in pieces of any size, in order. One thread at a time. */
    static final class Stream {
        private final CRC32C current = new CRC32C();
        private int inBlock;
        private int[] blocks = new int[16];
        private int count;

        /** Adds the buffer's remaining bytes and consumes them. */
        void update(ByteBuffer data) {
            while (data.hasRemaining()) {
                int n = Math.min(data.remaining(), BLOCK - inBlock);
                ByteBuffer piece = data.slice(data.position(), n);
                current.update(piece);
                data.position(data.position() + n);
                inBlock += n;
                if (inBlock == BLOCK) {
                    endBlock();
                }
            }
        }

        void update(byte[] data, int offset, int length) {
            update(ByteBuffer.wrap(data, offset, length));
        }

        private void endBlock() {
            if (count == blocks.length) {
                blocks = java.util.Arrays.copyOf(blocks, count * 2);
            }
            blocks[count++] = (int) current.getValue();
            current.reset();
            inBlock = 0;
        }

        /** The manifest value; the stream must not be used afterwards. */
        String finish() {
            if (inBlock > 0) {
                endBlock();
            }
            return of(blocks, count);
        }
    }
}
