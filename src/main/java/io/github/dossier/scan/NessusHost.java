package io.github.dossier.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One {@code ReportHost} while it is read: its names from {@code HostProperties}, the ports the
 * scan shows speaking TLS, and the kept items. Names are settled when the host ends, because
 * nothing in the format promises that the properties come before the items.
 */
final class NessusHost {

    /** A kept {@code ReportItem}, before the host's name is known. */
    record Pending(String pluginId, String svcName, String protocol, int port, String output) {
    }

    private final String reportName;
    private String fqdn = "";
    private String netbios = "";
    private String address = "";
    private final Set<String> tlsPorts = new HashSet<>();
    private final List<Pending> items = new ArrayList<>();

    NessusHost(String reportName) {
        this.reportName = reportName == null ? "" : reportName.strip();
    }

    /** A {@code HostProperties/tag}; only the names are kept. */
    void property(String name, String value) {
        String v = value.strip();
        switch (name) {
            case "host-fqdn" -> fqdn = v;
            case "netbios-name" -> netbios = v;
            case "host-ip" -> address = v;
            default -> {
                // other properties (OS, scan times, …) are not needed
            }
        }
    }

    void tls(String protocol, int port) {
        tlsPorts.add(protocol + "/" + port);
    }

    void add(Pending item) {
        items.add(item);
    }

    /** The host's name: FQDN, else NetBIOS name, else address (the tag, else the report's name). */
    String name() {
        if (!fqdn.isEmpty()) {
            return fqdn;
        }
        if (!netbios.isEmpty()) {
            return netbios;
        }
        return address.isEmpty() ? reportName : address;
    }

    /** Hands every kept item, named, to {@code sink}. */
    void finish(Consumer<NessusItem> sink) {
        String host = name();
        for (Pending p : items) {
            boolean tls = tlsPorts.contains(p.protocol() + "/" + p.port()) || ServiceNames.impliesTls(p.svcName());
            sink.accept(new NessusItem(p.pluginId(), host,
                    ServiceNames.name(host, p.svcName(), p.protocol(), p.port(), tls), p.output()));
        }
    }
}
