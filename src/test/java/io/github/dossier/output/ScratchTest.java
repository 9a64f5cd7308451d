package io.github.dossier.output;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void write() {
        long t = System.nanoTime();
        ExampleReport.writeAll("example", PageSize.A4);
        System.out.println("ms " + (System.nanoTime() - t) / 1_000_000);
    }
}
