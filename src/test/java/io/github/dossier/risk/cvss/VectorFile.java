package io.github.dossier.risk.cvss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Published test vectors kept under {@code src/test/resources/cvss/}: one {@code vector score} per line,
 * optionally {@code base=x.y}; {@code #} starts a comment naming where the vectors come from.
 */
final class VectorFile {

    /**
     * One published vector.
     *
     * @param vector the vector string
     * @param score the expected score to report
     * @param base the expected base score, when published separately
     */
    record Case(String vector, double score, OptionalDouble base) {
    }

    private VectorFile() {
    }

    /** The cases of a file, each named after its file and line so that a failure says which one. */
    static Stream<Arguments> cases(String name) {
        List<Arguments> cases = new ArrayList<>();
        List<String> lines = lines(name);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            OptionalDouble base = parts.length > 2 && parts[2].startsWith("base=")
                    ? OptionalDouble.of(Double.parseDouble(parts[2].substring(5))) : OptionalDouble.empty();
            Case c = new Case(parts[0], Double.parseDouble(parts[1]), base);
            cases.add(Arguments.of(Named.of(name + " line " + (i + 1) + ": " + c.vector() + " = " + parts[1], c)));
        }
        return cases.stream();
    }

    private static List<String> lines(String name) {
        try (InputStream in = VectorFile.class.getResourceAsStream("/cvss/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource cvss/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
