package io.github.dossier.output;

import org.commonmark.node.CustomBlock;

/** An evidence image alone in its paragraph: shown with "Figure N: caption" under it. */
final class Figure extends CustomBlock {

    private final String destination;
    private final String caption;
    private final int number;

    Figure(String destination, String caption, int number) {
        this.destination = destination;
        this.caption = caption;
        this.number = number;
    }

    String destination() {
        return destination;
    }

    String caption() {
        return caption;
    }

    int number() {
        return number;
    }

    /** {@code Figure 3: Login page}, or {@code Figure 3} without a caption. */
    String label() {
        return label(number, caption);
    }

    static String label(int number, String caption) {
        return "Figure " + number + (caption.isBlank() ? "" : ": " + caption.strip());
    }
}
