package io.github.dossier.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What in running text is not prose, and which whole values are identifiers. */
class NonProseTest {

    private static List<String> hidden(String text) {
        return NonProse.ranges(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            see https://learn.example/hh831683(v=ws.11) for details | https://learn.example/hh831683(v=ws.11)
            read https://a.example/x?y=1&z=2.                      | https://a.example/x?y=1&z=2
            (www.acme.example)                                      | www.acme.example
            mail security@acme.example now                          | security@acme.example
            scored CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H here | CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H
            on portal.acme.example and 10.0.0.12:8443               | portal.acme.example, 10.0.0.12:8443
            files /etc/shadow and C:\\Windows\\win.ini               | /etc/shadow, C:\\Windows\\win.ini
            CVE-2021-44228 on SHA256 hashes                         | CVE-2021-44228, SHA256
            set max_connections in innerHTML and PowerShell         | max_connections, innerHTML, PowerShell
            on fe80::1 and ::1                                      | fe80::1, ::1
            """)
    void tokensThatAreNotWords(String text, String expected) {
        assertThat(hidden(text.strip())).containsExactly(expected.split(", "));
    }

    @Test
    void acronymsAndWordsAreProse() {
        assertThat(hidden("The SQL injection in the LDAP directory, e.g. by an attacker.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"@sqli", "https://a.example/", "portal.acme.example", "10.0.0.5", "/admin/", "build_42",
        "v2.4.1", "a=b"})
    void identifierValues(String value) {
        assertThat(NonProse.isIdentifier(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme", "the login form", "HTTPS", "Payroll portal (internal)"})
    void wordValues(String value) {
        assertThat(NonProse.isIdentifier(value)).isFalse();
    }
}
