package io.github.dossier.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void addressesSortByTheirNumbers() {
        assertThat(sorted("10.0.0.10", "10.0.0.9", "10.0.0.100", "9.255.0.1"))
                .containsExactly("9.255.0.1", "10.0.0.9", "10.0.0.10", "10.0.0.100");
    }

    @Test
    void namesWithNumbersSortAsPeopleReadThem() {
        assertThat(sorted("web10", "Web2", "web1", "api")).containsExactly("api", "web1", "Web2", "web10");
    }

    @Test
    void portsInServiceNamesSortNumerically() {
        assertThat(sorted("https://a.example:8443", "https://a.example:443", "https://a.example"))
                .containsExactly("https://a.example", "https://a.example:443", "https://a.example:8443");
    }

    @Test
    void theOrderIsTotalSoEqualOnlyMeansIdentical() {
        NaturalOrder order = NaturalOrder.INSTANCE;
        assertThat(order.compare("host01", "host1")).isNotZero();
        assertThat(order.compare("HOST", "host")).isNotZero();
        assertThat(order.compare("host", "host")).isZero();
        assertThat(Integer.signum(order.compare("a01", "a1"))).isEqualTo(-Integer.signum(order.compare("a1", "a01")));
        assertThat(order.compare("x99999999999999999999999", "x100000000000000000000000")).isNegative();
    }

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }
}
