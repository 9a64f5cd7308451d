package io.github.dossier.template;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed finding template.
 *
 * @param id the path relative to its library root, without {@code .md}, with {@code /}
 * @param file the template file
 * @param frontMatter its front matter
 * @param title the title line's content (after {@code ### })
 * @param titleLocation where the title line is
 * @param sections description, impact, likelihood and recommendation, in that order
 * @param lints suspicious markup found while parsing (warnings)
 * @param malformations broken markup that would print as written (warnings here; errors in a
 *     strict build)
 */
public record Template(String id, Path file, FrontMatter frontMatter, List<Node> title, Location titleLocation,
        List<Section> sections, List<Problem> lints, List<Problem> malformations) {

    public Template {
        title = List.copyOf(title);
        sections = List.copyOf(sections);
        lints = List.copyOf(lints);
        malformations = List.copyOf(malformations);
    }

    /** The title as plain source text (markup included), for indexes and messages. */
    public String titleText() {
        return Texts.source(title).strip();
    }

    public Section section(Section.Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** The option and alternative groups in document order; a group's number is its index + 1. */
    public List<Node.Group> groups() {
        return collect(Node.Group.class);
    }

    /**
     * The editorial texts and writer instructions in document order; the {@code editorial:}
     * decisions number them from 1 (SPEC §1.4).
     */
    public List<Node.Editorial> editorials() {
        return collect(Node.Editorial.class);
    }

    /** The tables in document order; {@code tables:} numbers them from 1. */
    public List<Node.Table> tables() {
        return collect(Node.Table.class);
    }

    private <T extends Node> List<T> collect(Class<T> type) {
        List<T> found = new ArrayList<>();
        forEachNode(node -> {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
        });
        found.sort((a, b) -> a.location().compareTo(b.location()));
        return found;
    }

    /** Every key a value can fill: slot names, choice keys and editorial texts, with front matter slots. */
    public Set<String> valueKeys() {
        Set<String> keys = new LinkedHashSet<>();
        frontMatter.categoryField().filter(FrontMatter.Field::isSlot).ifPresent(f -> keys.add(f.slot()));
        frontMatter.cvssField().filter(FrontMatter.Field::isSlot).ifPresent(f -> keys.add(f.slot()));
        forEachNode(node -> {
            if (node instanceof Node.Slot slot) {
                keys.add(slot.name());
            } else if (node instanceof Node.Choice choice) {
                keys.add(choice.key());
            } else if (node instanceof Node.Editorial editorial) {
                keys.add(editorial.key());
            }
        });
        return keys;
    }

    /** The first slot of a given name, for locating messages. */
    public Optional<Node.Slot> findSlot(String name) {
        List<Node.Slot> found = new ArrayList<>();
        forEachNode(node -> {
            if (node instanceof Node.Slot slot && slot.name().equals(name)) {
                found.add(slot);
            }
        });
        return found.stream().findFirst();
    }

    /** Visits every node of the title and sections, depth first, in document order. */
    public void forEachNode(java.util.function.Consumer<Node> visitor) {
        NodeWalker.walk(title, visitor);
        for (Section section : sections) {
            NodeWalker.walk(section.body(), visitor);
        }
    }
}
