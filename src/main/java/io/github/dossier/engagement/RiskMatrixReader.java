package io.github.dossier.engagement;

import io.github.dossier.engagement.YamlNodes.Entry;
import io.github.dossier.risk.Level;
import io.github.dossier.risk.Risk;
import io.github.dossier.risk.RiskMatrix;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code riskMatrix:}, impact level to likelihood level to risk, as changes to the standard
 * matrix: a descriptor names only the cells it changes.
 */
final class RiskMatrixReader {

    private static final String LEVELS = "use Low, Medium or High (N/A has no cell)";
    private static final String RISKS = "use Informational, Low, Medium, High or Critical";

    private final YamlNodes nodes;

    RiskMatrixReader(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The standard matrix with the descriptor's cells applied; bad cells are reported and skipped. */
    RiskMatrix read(Node node) {
        RiskMatrix matrix = RiskMatrix.standard();
        Optional<Map<String, Entry>> rows = nodes.mapping(node, "riskMatrix");
        if (rows.isEmpty()) {
            return matrix;
        }
        for (Entry row : rows.get().values()) {
            Optional<Level> impact = level(row, "impact");
            Optional<Map<String, Entry>> cells = nodes.mapping(row.value(), "riskMatrix." + row.key());
            if (impact.isEmpty() || cells.isEmpty()) {
                continue;
            }
            for (Entry cell : cells.get().values()) {
                Optional<Level> likelihood = level(cell, "likelihood");
                Optional<Risk> risk = risk(cell, "riskMatrix." + row.key() + "." + cell.key());
                if (likelihood.isPresent() && risk.isPresent()) {
                    matrix = matrix.with(impact.get(), likelihood.get(), risk.get());
                }
            }
        }
        return matrix;
    }

    private Optional<Level> level(Entry entry, String kind) {
        Optional<Level> level = Level.parse(entry.key()).filter(l -> l != Level.NOT_APPLICABLE);
        if (level.isEmpty()) {
            nodes.error(entry.keyNode(), "unknown " + kind + " level '" + entry.key() + "' in riskMatrix", LEVELS);
        }
        return level;
    }

    private Optional<Risk> risk(Entry cell, String what) {
        Optional<String> text = nodes.text(cell.value(), what);
        if (text.isEmpty()) {
            if (YamlNodes.isNull(cell.value())) {
                nodes.error(cell.keyNode(), what + " has no risk", RISKS);
            }
            return Optional.empty();
        }
        Optional<Risk> risk = Risk.parse(text.get()).filter(r -> r != Risk.NOT_APPLICABLE);
        if (risk.isEmpty()) {
            nodes.error(cell.value(), "unknown risk '" + text.get() + "' in riskMatrix", RISKS);
        }
        return risk;
    }
}
