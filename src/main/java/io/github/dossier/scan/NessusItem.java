package io.github.dossier.scan;

import java.util.Objects;

/**
 * One Nessus {@code ReportItem} kept because a rule asks for its plugin.
 *
 * @param pluginId the plugin id as written
 * @param host the host's name (FQDN, else NetBIOS name, else address)
 * @param service the service's name ({@code scheme://host[:port]}, or the host name for port 0)
 * @param output the plugin output, cut at {@link NessusReader#MAX_OUTPUT_CHARS}, or empty when no
 *     rule needs it
 */
public record NessusItem(String pluginId, String host, String service, String output) {
    public NessusItem {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(service, "service");
        output = Objects.requireNonNullElse(output, "");
    }
}
