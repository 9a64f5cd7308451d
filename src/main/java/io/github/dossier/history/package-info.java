/**
 * Versions of a report: the previous version read from its {@code findings.json}, what changed
 * since (findings added, removed, re-rated, with a changed status or changed text, word by word),
 * and the retest of a previous version. Knows neither the descriptor nor Maven; see
 * docs/versions.md.
 */
package io.github.dossier.history;
