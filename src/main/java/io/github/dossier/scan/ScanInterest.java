package io.github.dossier.scan;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the scan readers keep: the results some rule can match, and plugin output only where a
 * rule captures from it. Everything else is read past, so a scan of hundreds of megabytes needs
 * memory only for what the report uses.
 */
public final class ScanInterest {

    private final Set<String> plugins = new HashSet<>();
    private final Set<String> pluginsWithOutput = new HashSet<>();
    private final List<ScanRule.Trivy> trivy;

    private ScanInterest(Collection<ScanRule> rules) {
        for (ScanRule rule : rules) {
            if (rule.selector() instanceof ScanRule.Nessus nessus) {
                plugins.addAll(nessus.plugins());
                if (rule.needsOutput()) {
                    pluginsWithOutput.addAll(nessus.plugins());
                }
            }
        }
        trivy = rules.stream().map(ScanRule::selector).filter(ScanRule.Trivy.class::isInstance)
                .map(ScanRule.Trivy.class::cast).toList();
    }

    public static ScanInterest of(Collection<ScanRule> rules) {
        return new ScanInterest(rules);
    }

    public boolean keeps(String pluginId) {
        return plugins.contains(pluginId);
    }

    public boolean needsOutput(String pluginId) {
        return pluginsWithOutput.contains(pluginId);
    }

    public boolean keeps(TrivyItem item) {
        return trivy.stream().anyMatch(t -> t.matches(item));
    }
}
