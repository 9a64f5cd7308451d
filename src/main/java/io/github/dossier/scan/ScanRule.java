package io.github.dossier.scan;

import io.github.dossier.problem.Location;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A template's declarative scan rule (the {@code scan:} block of its front matter): which
 * scanner results produce the finding, how its affected systems are named, and what fills its
 * {@code {==PLACEHOLDER==}}. Rules are data; nothing in them is ever executed.
 *
 * @param selector which results match
 * @param affected how a matched result names its affected system
 * @param placeholder what fills {@code {==PLACEHOLDER==}}, or null when the rule leaves it alone
 * @param location where the {@code scan:} key is written
 * @param options decisions on the template's options, by number or label, as written ({@code true},
 *     {@code false}, a number or a part's text): a finding from this rule takes them unless it
 *     decides itself
 * @param table a table of the template the matched results fill, or null
 */
public record ScanRule(Selector selector, Naming affected, Placeholder placeholder, Location location,
        java.util.Map<String, String> options, Table table) {

    public ScanRule {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(location, "location");
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** A rule without decisions or a table. */
    public ScanRule(Selector selector, Naming affected, Placeholder placeholder, Location location) {
        this(selector, affected, placeholder, location, java.util.Map.of(), null);
    }

    /**
     * The rows of one of the template's tables, one per distinct combination of the columns'
     * values among the matched results, in natural order.
     *
     * @param number the table's number in the template
     * @param columns what each column holds
     */
    public record Table(int number, java.util.List<Column> columns) {
        public Table {
            columns = java.util.List.copyOf(columns);
        }
    }

    /** What a table column holds; which scanner each suits is in {@link #nessus()}. */
    public enum Column {
        HOST(true), SERVICE(true), PLUGIN(true), TARGET(false), PACKAGE(false), VULNERABILITY(false),
        SEVERITY(false), INSTALLED(false), FIXED(false);

        private final boolean nessus;

        Column(boolean nessus) {
            this.nessus = nessus;
        }

        /** Whether the column reads Nessus results (else Trivy results). */
        public boolean nessus() {
            return nessus;
        }
    }

    /** Which results a rule matches. */
    public sealed interface Selector permits Nessus, Trivy {
    }

    /** Nessus results whose plugin id is one of {@code plugins}. */
    public record Nessus(Set<String> plugins) implements Selector {
        public Nessus {
            plugins = Set.copyOf(plugins);
        }
    }

    /**
     * Trivy vulnerabilities that pass every filter given; an empty set is no filter, and at
     * least one filter is set. Ids and severities are upper case.
     */
    public record Trivy(Set<String> ids, Set<String> packages, Set<String> severities) implements Selector {
        public Trivy {
            ids = Set.copyOf(ids);
            packages = Set.copyOf(packages);
            severities = Set.copyOf(severities);
        }

        public boolean matches(TrivyItem item) {
            return (ids.isEmpty() || ids.contains(item.id()))
                    && (packages.isEmpty() || packages.contains(item.pkg()))
                    && (severities.isEmpty() || severities.contains(item.severity()));
        }
    }

    /** How a result names an affected system (docs/scans.md, "Naming"). */
    public enum Naming {
        /** A Nessus host: FQDN, else NetBIOS name, else address. */
        HOST,
        /** A Nessus service: {@code scheme://host[:port]}. */
        SERVICE,
        /** A Trivy result's target (an image, a lock file, a binary). */
        TARGET
    }

    /** What fills {@code {==PLACEHOLDER==}}: a bullet list, one item per distinct value. */
    public sealed interface Placeholder permits Listing, Capture {
    }

    /** A list of names or Trivy details. */
    public record Listing(Kind kind) implements Placeholder {
        public Listing {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** What a {@link Listing} lists; which scanner each suits is in {@link #nessus()}. */
    public enum Kind {
        HOSTS(true), SERVICES(true), TARGETS(false), PACKAGES(false), VULNERABILITIES(false);

        private final boolean nessus;

        Kind(boolean nessus) {
            this.nessus = nessus;
        }

        /** Whether the listing reads Nessus results (else Trivy results). */
        public boolean nessus() {
            return nessus;
        }
    }

    /**
     * The values of a named group of a regular expression over each matched result's plugin
     * output. The pattern is data: length-limited when read and run on bounded input.
     *
     * @param pattern the compiled expression
     * @param group the named group whose values are listed
     */
    public record Capture(Pattern pattern, String group) implements Placeholder {
        public Capture {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(group, "group");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Capture c && c.pattern.pattern().equals(pattern.pattern()) && c.group.equals(group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pattern.pattern(), group);
        }
    }

    /** Whether the rule needs the plugin output of the results it matches. */
    public boolean needsOutput() {
        return placeholder instanceof Capture;
    }
}
