package io.github.dossier.render;

/**
 * How strictly markup resolves.
 *
 * @param draft render unresolved markup visibly instead of failing
 * @param editorialFails make every editorial default an error ({@code -Ddossier.editorial=fail})
 * @param maxEvidenceBytes the largest evidence file a value may name
 */
public record RenderSettings(boolean draft, boolean editorialFails, long maxEvidenceBytes) {

    /** With the default evidence size limit. */
    public RenderSettings(boolean draft, boolean editorialFails) {
        this(draft, editorialFails, io.github.dossier.io.SizeLimits.DEFAULTS.evidence());
    }

    public static RenderSettings strict() {
        return new RenderSettings(false, false);
    }
}
