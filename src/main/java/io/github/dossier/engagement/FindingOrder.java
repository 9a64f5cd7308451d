package io.github.dossier.engagement;

/** How findings are ordered and numbered: by risk (default) or as written. */
public enum FindingOrder {
    RISK, DESCRIPTOR
}
