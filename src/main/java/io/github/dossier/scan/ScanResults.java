package io.github.dossier.scan;

import io.github.dossier.problem.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * The results kept from every scan file of an engagement, and how rules match them: affected
 * systems and placeholder items come out de-duplicated and in {@link NaturalOrder}.
 */
public final class ScanResults {

    /**
     * How many characters a capture pattern may read per plugin output: a hundred passes over the
     * longest output kept, ample for any sane pattern and a hard stop for a pathological one.
     */
    static final long CAPTURE_BUDGET = 100L * NessusReader.MAX_OUTPUT_CHARS;

    private final Map<String, List<NessusItem>> nessus = new HashMap<>();
    private final List<TrivyItem> trivy = new ArrayList<>();

    void add(NessusItem item) {
        nessus.computeIfAbsent(item.pluginId(), k -> new ArrayList<>()).add(item);
    }

    void add(TrivyItem item) {
        trivy.add(item);
    }

    /** Adds everything kept in {@code other}: one file's results once the whole file has been read. */
    void addAll(ScanResults other) {
        other.nessus.values().forEach(items -> items.forEach(this::add));
        trivy.addAll(other.trivy);
    }

    /** How many results are kept, for the log. */
    public int size() {
        return nessus.values().stream().mapToInt(List::size).sum() + trivy.size();
    }

    /**
     * What a rule finds. A capture that gives up on an output (its read budget spent) is a
     * warning at the rule; the other outputs still count.
     */
    public ScanMatch match(ScanRule rule, Problems problems) {
        if (rule.selector() instanceof ScanRule.Nessus selector) {
            List<NessusItem> items = selector.plugins().stream().sorted()
                    .flatMap(id -> nessus.getOrDefault(id, List.of()).stream()).toList();
            Function<NessusItem, String> naming = rule.affected() == ScanRule.Naming.SERVICE
                    ? NessusItem::service : NessusItem::host;
            return new ScanMatch(items.size(), sorted(items, naming), nessusPlaceholder(rule, items, problems),
                    rows(rule, items, ScanResults::nessusCell));
        }
        ScanRule.Trivy selector = (ScanRule.Trivy) rule.selector();
        List<TrivyItem> items = trivy.stream().filter(selector::matches).toList();
        return new ScanMatch(items.size(), sorted(items, TrivyItem::target), trivyPlaceholder(rule, items),
                rows(rule, items, ScanResults::trivyCell));
    }

    /** The distinct rows of the rule's table, in natural order of their cells, or null without a table. */
    private static <T> List<List<String>> rows(ScanRule rule, List<T> items,
            java.util.function.BiFunction<T, ScanRule.Column, String> cell) {
        if (rule.table() == null) {
            return null;
        }
        java.util.Comparator<List<String>> order = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = NaturalOrder.INSTANCE.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        TreeSet<List<String>> rows = new TreeSet<>(order);
        for (T item : items) {
            rows.add(rule.table().columns().stream().map(column -> cell.apply(item, column)).toList());
        }
        return List.copyOf(rows);
    }

    private static String nessusCell(NessusItem item, ScanRule.Column column) {
        return switch (column) {
            case SERVICE -> item.service();
            case PLUGIN -> item.pluginId();
            default -> item.host();
        };
    }

    private static String trivyCell(TrivyItem item, ScanRule.Column column) {
        return switch (column) {
            case PACKAGE -> item.pkg();
            case VULNERABILITY -> item.id();
            case SEVERITY -> item.severity();
            case INSTALLED -> item.installed();
            case FIXED -> item.fixed();
            default -> item.target();
        };
    }

    private static List<String> nessusPlaceholder(ScanRule rule, List<NessusItem> items, Problems problems) {
        if (rule.placeholder() instanceof ScanRule.Capture capture) {
            return capture(capture, rule, items, problems);
        }
        if (rule.placeholder() instanceof ScanRule.Listing listing) {
            return sorted(items, listing.kind() == ScanRule.Kind.SERVICES ? NessusItem::service : NessusItem::host);
        }
        return null;
    }

    private static List<String> trivyPlaceholder(ScanRule rule, List<TrivyItem> items) {
        if (!(rule.placeholder() instanceof ScanRule.Listing listing)) {
            return null;
        }
        return sorted(items, switch (listing.kind()) {
            case PACKAGES -> TrivyItem::packageText;
            case VULNERABILITIES -> TrivyItem::vulnerabilityText;
            default -> TrivyItem::target;
        });
    }

    private static List<String> capture(ScanRule.Capture capture, ScanRule rule, List<NessusItem> items,
            Problems problems) {
        TreeSet<String> values = new TreeSet<>(NaturalOrder.INSTANCE);
        int gaveUp = 0;
        for (NessusItem item : items) {
            Matcher m = capture.pattern().matcher(new BoundedText(item.output(), CAPTURE_BUDGET));
            try {
                while (m.find()) {
                    String value = m.group(capture.group());
                    if (value != null && !value.isBlank()) {
                        values.add(value.strip());
                    }
                }
            } catch (BoundedText.Exhausted e) {
                gaveUp++;
            }
        }
        if (gaveUp > 0) {
            problems.warning(rule.location(), "the capture pattern gave up on the plugin output of " + gaveUp
                    + " result" + (gaveUp == 1 ? "" : "s") + " (it backtracks too much)",
                    "simplify the pattern: avoid nested repetition such as (a+)+");
        }
        return List.copyOf(values);
    }

    private static <T> List<String> sorted(Collection<T> items, Function<T, String> name) {
        TreeSet<String> names = new TreeSet<>(NaturalOrder.INSTANCE);
        items.forEach(item -> names.add(name.apply(item)));
        return List.copyOf(names);
    }
}
