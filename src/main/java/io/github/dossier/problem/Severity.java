package io.github.dossier.problem;

/** How much a problem matters: errors fail the build, warnings and notes are listed. */
public enum Severity {
    ERROR, WARNING, NOTE
}
