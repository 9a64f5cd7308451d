package io.github.dossier.render;

/**
 * How strictly markup resolves.
 *
 * @param draft render unresolved markup visibly instead of failing
 * @param editorialFails make every editorial default an error ({@code -Ddossier.editorial=fail})
 */
public record RenderSettings(boolean draft, boolean editorialFails) {

    public static RenderSettings strict() {
        return new RenderSettings(false, false);
    }
}
