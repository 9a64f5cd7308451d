package io.github.dossier.scan;

import java.util.Objects;

/**
 * One vulnerability of a Trivy result, kept because a rule matches it.
 *
 * @param target the result's target
 * @param id the vulnerability id, upper case
 * @param pkg the package name
 * @param installed the installed version, or empty
 * @param fixed the first fixed version, or empty when there is none
 * @param severity the severity, upper case, or empty
 */
public record TrivyItem(String target, String id, String pkg, String installed, String fixed, String severity) {
    public TrivyItem {
        target = Objects.requireNonNullElse(target, "");
        id = Objects.requireNonNullElse(id, "");
        pkg = Objects.requireNonNullElse(pkg, "");
        installed = Objects.requireNonNullElse(installed, "");
        fixed = Objects.requireNonNullElse(fixed, "");
        severity = Objects.requireNonNullElse(severity, "");
    }

    /** {@code openssl 3.0.7-r0 (fixed in 3.0.8-r0)}. */
    public String packageText() {
        String text = installed.isEmpty() ? pkg : pkg + " " + installed;
        return fixed.isEmpty() ? text : text + " (fixed in " + fixed + ")";
    }

    /** {@code CVE-2023-0286 in openssl 3.0.7-r0 (fixed in 3.0.8-r0)}. */
    public String vulnerabilityText() {
        return id + " in " + packageText();
    }
}
