/**
 * Library drift: whether another version of a finding library changes the templates a report
 * uses, word by word ({@code dossier:check -Ddossier.compareLibrary}). See docs/versions.md.
 */
package io.github.dossier.drift;
