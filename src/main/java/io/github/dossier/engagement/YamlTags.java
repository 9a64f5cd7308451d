package io.github.dossier.engagement;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Tells written tags ({@code !foo}, {@code !!java.lang.Runtime}, {@code !!binary}) from the tags
 * SnakeYAML infers. A descriptor is plain data, so written tags are refused wherever they are.
 */
final class YamlTags {

    private static final Resolver RESOLVER = new Resolver();

    private YamlTags() {
    }

    /**
     * Whether the node carries a tag that changes what it would be without one. {@code !!str}
     * is let through: text is what every scalar is read as anyway. SnakeYAML keeps no "written"
     * flag readable from outside, so the tag is compared with the one it would infer.
     */
    static boolean isExplicit(Node node) {
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR)) {
            return false;
        }
        if (node instanceof ScalarNode scalar) {
            Tag implicit = scalar.isPlain() ? RESOLVER.resolve(NodeId.scalar, scalar.getValue(), true) : Tag.STR;
            return !tag.equals(implicit);
        }
        return !(node instanceof SequenceNode ? tag.equals(Tag.SEQ) : tag.equals(Tag.MAP));
    }

    /** The tag as people write it: {@code !!binary} rather than {@code tag:yaml.org,2002:binary}. */
    static String shortName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
