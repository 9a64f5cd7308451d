package io.github.dossier.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No piece of XML markup is read past its limit, however it hides its end; text is never limited. */
class TagLimitTest {

    private static byte[] readAll(String xml, long limit) throws Exception {
        try (InputStream in = new TagLimit(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "s.xml",
                limit)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a b=\"1\">text</a>",
        "<a b='x > y'>text</a>",
        "<!-- a comment -->",
        "<![CDATA[ a > b ]]>",
        "<?xml version=\"1.0\"?>",
        "<a/>",
    })
    void markupWithinTheLimitPassesUnchanged(String markup) throws Exception {
        String xml = markup + "\n" + "long text ".repeat(1000) + markup;
        assertThat(new String(readAll(xml, markup.length()), StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a b=\"%s\">",
        "<a b='%s > still inside'>",
        "<!-- %s -->",
        "<![CDATA[ %s ]]>",
        "<?pi %s ?>",
        "<!DOCTYPE %s>",
    })
    void markupOverTheLimitStopsReadingWithItsPlaceAndSize(String template) throws Exception {
        String markup = template.formatted("x".repeat(500));
        TagLimit in = new TagLimit(new ByteArrayInputStream(("<r>\n  " + markup + "<after/>")
                .getBytes(StandardCharsets.UTF_8)), "s.xml", 100);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(TagLimit.MarkupTooLong.class);
        assertThat(in.tooLong()).hasValue(new TagLimit.TooLong(new Location("s.xml", 2, 3), markup.length()));
    }

    @Test
    void aHugeAttributeInANessusFileIsALocatedErrorSayingTheHeapItWouldNeed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.nessus");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("<NessusClientData_v2>\n<Report name=\"r\">\n<ReportHost name=\""
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.write("\"></ReportHost></Report></NessusClientData_v2>".getBytes(StandardCharsets.UTF_8));
        }
        Problems problems = new Problems();
        ScanFiles.read(List.of(new ScanFiles.Source(file, "scans/big.nessus", Location.of("e.yaml"))),
                ScanInterest.of(List.of()), problems);
        assertThat(problems.errors()).extracting(Problem::toString).containsExactly("scans/big.nessus:3:1: one XML tag"
                + " here is 20 MB long; Dossier reads tags of up to 16 MB, since reading this one whole would need"
                + " about 160 MB of heap — a Nessus export has tags of a few KB: this file is damaged or was made to"
                + " exhaust memory; export the scan again");
    }
}
