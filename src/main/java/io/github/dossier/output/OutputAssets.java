package io.github.dossier.output;

import io.github.dossier.output.docx.WordTemplate;

/**
 * The files the renderers take from the project, read once per build.
 *
 * @param stylesheet the user's CSS for the HTML page and the PDF, or empty
 * @param wordTemplate the client's Word template, or null
 */
record OutputAssets(String stylesheet, WordTemplate wordTemplate) {
}
