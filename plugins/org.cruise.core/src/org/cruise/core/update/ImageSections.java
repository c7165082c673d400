package org.cruise.core.update;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfSection;

/** A program's section headers with the lookups the update engine makes, and raw file reads. */
final class ImageSections {

    private final Path file;
    private final List<ElfSection> sections;

    ImageSections(Path file, List<ElfSection> sections) {
        this.file = file;
        this.sections = List.copyOf(sections);
    }

    List<ElfSection> all() {
        return sections;
    }

    Optional<ElfSection> named(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The allocated section holding link-time address vaddr (.tbss, which takes no address space, excluded). */
    Optional<ElfSection> containing(long vaddr) {
        ElfSection best = null;
        for (ElfSection s : sections) {
            if (s.contains(vaddr) && !(s.isNoBits() && s.isThreadLocal())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Bytes of the file at offset (segment images are read this way). */
    void readFile(long offset, byte[] into) throws CruiseException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(into);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new CruiseException(ExitCode.USAGE, file + " is shorter than its headers say (offset " + offset + ")");
                }
            }
        } catch (IOException e) {
            throw new CruiseException(ExitCode.USAGE, file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
