package io.github.dossier.hardening;

/** The catalogue's image makers, for tests in other packages. */
public final class OutputCasesAccess {

    private OutputCasesAccess() {
    }

    /** A whole PNG of {@code width × height} pixels that is small on disk. */
    public static byte[] pngBomb(int width, int height) {
        return OutputCases.pngBomb(width, height);
    }

    /** A whole PNG of random grey pixels, about {@code width × height} bytes on disk. */
    public static byte[] noisePng(int width, int height, long seed) {
        return OutputCases.noisePng(width, height, seed);
    }
}
