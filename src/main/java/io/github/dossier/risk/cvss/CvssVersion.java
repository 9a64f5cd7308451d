package io.github.dossier.risk.cvss;

import java.util.Optional;

/** The CVSS versions a vector may declare in its {@code CVSS:x.y} prefix. */
public enum CvssVersion {
    V3_0("3.0"), V3_1("3.1"), V4_0("4.0");

    private final String number;

    CvssVersion(String number) {
        this.number = number;
    }

    /** {@code 3.1}. */
    public String number() {
        return number;
    }

    /** {@code CVSS:3.1}. */
    public String prefix() {
        return "CVSS:" + number;
    }

    /** Whether this is one of the v3 versions, which share their metrics and equations. */
    public boolean isV3() {
        return this != V4_0;
    }

    /** The version a prefix such as {@code CVSS:3.1} declares; empty when it is not one we read. */
    public static Optional<CvssVersion> ofPrefix(String prefix) {
        for (CvssVersion version : values()) {
            if (version.prefix().equals(prefix)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }
}
