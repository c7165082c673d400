package org.cruise.core.config;

import java.util.List;

/** The two kinds of config file, with the keys each accepts (besides the optional 'kind'). */
public enum ConfigKind {

    CHECKPOINT("checkpoint",
            List.of("program", "pid", "command", "store", "functions", "keep-last", "min-interval", "tcp")),
    UPDATE("update",
            List.of("old-program", "new-program", "snapshot", "pid", "updated-functions", "destination", "timeout",
                    "allow-data-change"));

    /** The key that names the kind explicitly; accepted in both kinds. */
    public static final String KIND_KEY = "kind";

    private final String keyword;
    private final List<String> keys;

    ConfigKind(String keyword, List<String> keys) {
        this.keyword = keyword;
        this.keys = keys;
    }

    /** The value of 'kind' that selects this kind: "checkpoint" or "update". */
    public String keyword() {
        return keyword;
    }

    /** The keys of this kind in documentation order, without 'kind'. */
    public List<String> keys() {
        return keys;
    }

    /** Whether {@code key} is valid in this kind, 'kind' included. */
    public boolean accepts(String key) {
        return KIND_KEY.equals(key) || keys.contains(key);
    }

    /** "a checkpoint config" / "an update config". */
    public String withArticle() {
        return (this == UPDATE ? "an " : "a ") + keyword + " config";
    }

    static ConfigKind ofKeyword(String keyword) {
        for (ConfigKind kind : values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        return null;
    }
}
