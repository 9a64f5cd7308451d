package io.github.dossier.template;

import java.util.List;
import java.util.function.Consumer;

/** Depth-first traversal of node lists, containers before their content. */
public final class NodeWalker {

    private NodeWalker() {
    }

    public static void walk(List<Node> nodes, Consumer<Node> visitor) {
        for (Node node : nodes) {
            walk(node, visitor);
        }
    }

    private static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        if (node instanceof Node.Toggle toggle) {
            walk(toggle.plural(), visitor);
            walk(toggle.singular(), visitor);
        } else if (node instanceof Node.Choice choice) {
            choice.alternatives().forEach(a -> walk(a, visitor));
        } else if (node instanceof Node.Editorial editorial) {
            walk(editorial.content(), visitor);
        } else if (node instanceof Node.Group group) {
            group.alternatives().forEach(a -> walk(a, visitor));
        } else if (node instanceof Node.Table table) {
            table.header().forEach(cell -> walk(cell, visitor));
            table.rows().forEach(row -> row.forEach(cell -> walk(cell, visitor)));
        }
    }
}
