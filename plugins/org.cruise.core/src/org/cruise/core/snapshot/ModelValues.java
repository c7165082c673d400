package org.cruise.core.snapshot;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cruise.model.Registers;

/** Names and renderings of model values shared by the text and JSON forms of a snapshot. */
final class ModelValues {

    /** ISO-8601 in UTC, always with milliseconds, so that the JSON form has one fixed width. */
    static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Map<Long, String> AUXV_NAMES = Map.ofEntries(
            Map.entry(0L, "AT_NULL"), Map.entry(1L, "AT_IGNORE"), Map.entry(2L, "AT_EXECFD"),
            Map.entry(3L, "AT_PHDR"), Map.entry(4L, "AT_PHENT"), Map.entry(5L, "AT_PHNUM"),
            Map.entry(6L, "AT_PAGESZ"), Map.entry(7L, "AT_BASE"), Map.entry(8L, "AT_FLAGS"),
            Map.entry(9L, "AT_ENTRY"), Map.entry(10L, "AT_NOTELF"), Map.entry(11L, "AT_UID"),
            Map.entry(12L, "AT_EUID"), Map.entry(13L, "AT_GID"), Map.entry(14L, "AT_EGID"),
            Map.entry(15L, "AT_PLATFORM"), Map.entry(16L, "AT_HWCAP"), Map.entry(17L, "AT_CLKTCK"),
            Map.entry(23L, "AT_SECURE"), Map.entry(24L, "AT_BASE_PLATFORM"), Map.entry(25L, "AT_RANDOM"),
            Map.entry(26L, "AT_HWCAP2"), Map.entry(27L, "AT_RSEQ_FEATURE_SIZE"), Map.entry(28L, "AT_RSEQ_ALIGN"),
            Map.entry(29L, "AT_HWCAP3"), Map.entry(30L, "AT_HWCAP4"), Map.entry(31L, "AT_EXECFN"),
            Map.entry(33L, "AT_SYSINFO_EHDR"), Map.entry(51L, "AT_MINSIGSTKSZ"));

    private ModelValues() {
    }

    /** "AT_ENTRY" etc., or null for a type this table does not know. */
    static String auxvName(long type) {
        return AUXV_NAMES.get(type);
    }

    /**
     * The general registers by their kernel/gdb names, in struct user_regs_struct order (fs_base and
     * gs_base are fields of the thread, not of Registers).
     */
    static Map<String, Long> registers(Registers r) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("r15", r.getR15());
        m.put("r14", r.getR14());
        m.put("r13", r.getR13());
        m.put("r12", r.getR12());
        m.put("rbp", r.getRbp());
        m.put("rbx", r.getRbx());
        m.put("r11", r.getR11());
        m.put("r10", r.getR10());
        m.put("r9", r.getR9());
        m.put("r8", r.getR8());
        m.put("rax", r.getRax());
        m.put("rcx", r.getRcx());
        m.put("rdx", r.getRdx());
        m.put("rsi", r.getRsi());
        m.put("rdi", r.getRdi());
        m.put("orig_rax", r.getOrigRax());
        m.put("rip", r.getRip());
        m.put("cs", r.getCs());
        m.put("eflags", r.getEflags());
        m.put("rsp", r.getRsp());
        m.put("ss", r.getSs());
        m.put("ds", r.getDs());
        m.put("es", r.getEs());
        m.put("fs", r.getFs());
        m.put("gs", r.getGs());
        return m;
    }
}
