package io.github.dossier.report;

import io.github.dossier.template.FrontMatter;

/**
 * Whether a value the report prints is not decided yet: {@code TBA}, {@code TBC} or {@code TODO}
 * (the templates' rule), or markup a draft build left unresolved. The writers highlight such
 * values so that nobody mistakes them for final.
 */
public final class Undecided {

    private Undecided() {
    }

    public static boolean is(String value) {
        return FrontMatter.isUndecided(value) || value.contains("{==");
    }
}
