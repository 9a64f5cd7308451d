package io.github.dossier.scan;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a Nessus service as {@code scheme://host[:port]} (docs/scans.md, "Naming"). The scheme
 * comes from the service name Nessus detected; a web service is {@code https} when the port is
 * known to speak TLS; the port is left out when it is the scheme's default.
 */
final class ServiceNames {

    /**
     * Plugins that only report on a port that speaks SSL/TLS: certificate, protocol-version and
     * cipher-suite checks. A result of one of them on a port marks the port as TLS.
     */
    static final Set<String> TLS_PLUGINS = Set.of(
            "10863", // SSL certificate information
            "15901", // SSL certificate expiry
            "20007", // SSL version 2 and 3 protocol detection
            "21643", // SSL cipher suites supported
            "35291", // SSL certificate signed using a weak hashing algorithm
            "42873", // SSL medium strength cipher suites
            "45411", // SSL certificate with wrong hostname
            "51192", // SSL certificate cannot be trusted
            "56984", // SSL / TLS versions supported
            "57041", // SSL perfect forward secrecy cipher suites supported
            "57582", // SSL self-signed certificate
            "65821", // SSL RC4 cipher suites supported
            "70544", // SSL cipher block chaining cipher suites supported
            "83875", // SSL/TLS Diffie-Hellman modulus of 1024 bits or less
            "104743", // TLS version 1.0 protocol detection
            "121010", // TLS version 1.1 protocol detection
            "156899", // SSL/TLS recommended cipher suites
            "157288"); // TLS version 1.1 deprecated protocol

    /** Nessus service names that mean the same scheme. */
    private static final Map<String, String> ALIASES = Map.of(
            "www", "http", "http-alt", "http", "cifs", "smb", "microsoft-ds", "smb",
            "msrdp", "rdp", "ms-wbt-server", "rdp", "domain", "dns", "postgres", "postgresql");

    private static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("http", 80), Map.entry("https", 443), Map.entry("ftp", 21), Map.entry("ssh", 22),
            Map.entry("telnet", 23), Map.entry("smtp", 25), Map.entry("dns", 53), Map.entry("pop3", 110),
            Map.entry("ntp", 123), Map.entry("imap", 143), Map.entry("snmp", 161), Map.entry("ldap", 389),
            Map.entry("smb", 445), Map.entry("ldaps", 636), Map.entry("imaps", 993), Map.entry("pop3s", 995),
            Map.entry("mssql", 1433), Map.entry("mysql", 3306), Map.entry("rdp", 3389),
            Map.entry("postgresql", 5432), Map.entry("vnc", 5900));

    /** What Nessus writes when it could not tell the service. */
    private static final Set<String> UNKNOWN = Set.of("", "general", "unknown");

    private ServiceNames() {
    }

    /**
     * The service's name.
     *
     * @param host the host's name
     * @param svcName Nessus's {@code svc_name}, as written
     * @param protocol {@code tcp}, {@code udp}, …
     * @param port the port; 0 means the host itself, named by {@code host} alone
     * @param tls whether the scan shows the port speaking TLS
     */
    static String name(String host, String svcName, String protocol, int port, boolean tls) {
        if (port <= 0) {
            return host;
        }
        String scheme = scheme(svcName, protocol, tls);
        Integer standard = DEFAULT_PORTS.get(scheme);
        String address = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + address + (standard != null && standard == port ? "" : ":" + port);
    }

    /** Whether a service name alone says the port speaks TLS ({@code https}, {@code ssl…}, {@code tls…}). */
    static boolean impliesTls(String svcName) {
        String s = clean(svcName);
        return s.equals("https") || s.startsWith("ssl") || s.startsWith("tls");
    }

    private static String scheme(String svcName, String protocol, boolean tls) {
        String s = clean(svcName);
        if (s.startsWith("ssl") || s.startsWith("tls")) {
            // "ssl/http", "tls-www": a web service over TLS; anything else keeps the transport
            s = s.contains("http") || s.contains("www") ? "https" : "";
        }
        s = ALIASES.getOrDefault(s, s);
        if (UNKNOWN.contains(s) || !s.matches("[a-z][a-z0-9+.-]*")) {
            return protocol == null || protocol.isBlank() ? "tcp" : protocol.strip().toLowerCase(Locale.ROOT);
        }
        return s.equals("http") && (tls || impliesTls(svcName)) ? "https" : s;
    }

    /** Lower case, without the {@code ?} Nessus adds when it only guesses the service. */
    private static String clean(String svcName) {
        String s = svcName == null ? "" : svcName.strip().toLowerCase(Locale.ROOT);
        while (s.endsWith("?")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
