package io.github.dossier.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dossier.output.Format;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default formats are said once and the same everywhere a user reads them: in what
 * {@code mvn dossier:help -Ddetail} prints (the plugin descriptor), the README and the docs.
 */
class DefaultFormatsTest {

    private static final String ALL = String.join(",", Arrays.stream(Format.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).toList());

    @Test
    void theDefaultIsEveryFormat() {
        assertThat(Format.DEFAULTS).isEqualTo(ALL);
    }

    @Test
    void helpPrintsTheDefaultAndDescribesItOnce() throws Exception {
        String descriptor;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            assertThat(in).as("the plugin descriptor, generated before the tests").isNotNull();
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher defaults = Pattern.compile("<formats implementation=\"java.lang.String\" default-value=\"([^\"]*)\">")
                .matcher(descriptor);
        assertThat(defaults.find()).isTrue();
        assertThat(defaults.group(1)).isEqualTo(ALL);
        assertThat(defaults.find()).as("only assemble has the parameter").isFalse();
        Matcher description = Pattern.compile("<name>formats</name>.*?<description>(.*?)</description>",
                Pattern.DOTALL).matcher(descriptor);
        assertThat(description.find()).isTrue();
        assertThat(description.group(1)).contains("By default all five").doesNotContain("md,html");
    }

    @Test
    void theReadmeAndTheDocsSayTheSame() throws Exception {
        assertThat(Files.readString(Path.of("README.md"))).contains("By default it writes all five formats");
        assertThat(Files.readString(Path.of("docs/layout.md"))).contains("all five formats, `" + ALL + "`");
        assertThat(Files.readString(Path.of("docs/goals.md"))).contains("| `formats` | `dossier.formats` | `" + ALL
                + "` |");
    }
}
