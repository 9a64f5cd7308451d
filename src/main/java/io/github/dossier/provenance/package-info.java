/**
 * Where a report came from: every input with its SHA-256 and one digest over them all ({@link
 * io.github.dossier.provenance.Provenance}), recorded in {@code findings.json}, the PDF's XMP
 * metadata and the Word file's custom properties; and how a deliverable's record differs from the
 * working tree ({@link io.github.dossier.provenance.Differences}), for {@code dossier:verify}.
 * See docs/versions.md.
 */
package io.github.dossier.provenance;
