/**
 * CVSS vectors: reading and checking them against the metric tables of CVSS v3.0, v3.1 and v4.0
 * (with messages that name the bad metric), and scoring them with FIRST's equations through the
 * {@code us.springett:cvss-calculator} library. {@link io.github.dossier.risk.cvss.CvssReader} is
 * the entry point.
 */
package io.github.dossier.risk.cvss;
