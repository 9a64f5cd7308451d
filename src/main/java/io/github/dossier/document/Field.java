package io.github.dossier.document;

/** A label and its value, in a {@link Block.Fields}. */
public record Field(String label, Cell value) {
}
