package io.github.dossier.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service naming: scheme://host[:port], the default port dropped, https where the scan shows TLS. */
class ServiceNamesTest {

    @ParameterizedTest(name = "{1} {2}/{3} tls={4} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            portal.acme.example | www      | tcp | 80   | false | http://portal.acme.example
            portal.acme.example | www      | tcp | 443  | true  | https://portal.acme.example
            portal.acme.example | www      | tcp | 443  | false | http://portal.acme.example:443
            portal.acme.example | www      | tcp | 8443 | true  | https://portal.acme.example:8443
            portal.acme.example | https?   | tcp | 443  | false | https://portal.acme.example
            portal.acme.example | http?    | tcp | 8080 | false | http://portal.acme.example:8080
            portal.acme.example | ssl/http | tcp | 4443 | false | https://portal.acme.example:4443
            MAIL01              | smtp     | tcp | 25   | true  | smtp://MAIL01
            MAIL01              | smtp     | tcp | 587  | true  | smtp://MAIL01:587
            10.0.0.5            | ssh      | tcp | 22   | false | ssh://10.0.0.5
            10.0.0.5            | ssh      | tcp | 2222 | false | ssh://10.0.0.5:2222
            10.0.0.5            | cifs     | tcp | 445  | false | smb://10.0.0.5
            10.0.0.5            | msrdp    | tcp | 3389 | false | rdp://10.0.0.5
            10.0.0.5            | snmp     | udp | 161  | false | snmp://10.0.0.5
            10.0.0.5            | unknown  | tcp | 9000 | false | tcp://10.0.0.5:9000
            10.0.0.5            |          | udp | 500  | false | udp://10.0.0.5:500
            10.0.0.5            | general  | tcp | 0    | false | 10.0.0.5
            2001:db8::5         | www      | tcp | 443  | true  | https://[2001:db8::5]
            """)
    void namesAService(String host, String svcName, String protocol, int port, boolean tls, String expected) {
        assertThat(ServiceNames.name(host, svcName, protocol, port, tls)).isEqualTo(expected);
    }
}
