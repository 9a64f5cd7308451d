package io.github.dossier.report;

/** The four parts of a finding's text, in their fixed order. */
public enum FindingPart {
    DESCRIPTION, IMPACT, LIKELIHOOD, RECOMMENDATION
}
