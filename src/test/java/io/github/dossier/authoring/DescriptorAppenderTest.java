package io.github.dossier.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.problem.InvalidInputException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Appending keeps every byte of the descriptor and lands inside the findings list. */
class DescriptorAppenderTest {

    private static final Function<String, List<String>> ENTRY = indent -> List.of(indent + "- template: new/one",
            indent + "  values:", indent + "    URL:   # slot");

    private static String append(String text) {
        return new DescriptorAppender(text, "engagement.yaml").append(ENTRY);
    }

    @Test
    void afterTheLastEntryKeepingCommentsAndWhatFollows() {
        String before = """
                engagement: {client: Acme, title: Test}   # the client
                findings:
                  - template: web/a
                    values:
                      TEXT: |
                        two lines
                        of text

                  # a comment that belongs to what follows
                values: {CLIENT: Acme}
                """;

        assertThat(append(before)).isEqualTo("""
                engagement: {client: Acme, title: Test}   # the client
                findings:
                  - template: web/a
                    values:
                      TEXT: |
                        two lines
                        of text
                  - template: new/one
                    values:
                      URL:   # slot

                  # a comment that belongs to what follows
                values: {CLIENT: Acme}
                """);
    }

    @Test
    void theListsOwnIndentationIsKept() {
        assertThat(append("findings:\n- web/a\n- {template: web/b}\n")).isEqualTo(
                "findings:\n- web/a\n- {template: web/b}\n- template: new/one\n  values:\n    URL:   # slot\n");
    }

    @Test
    void windowsLineBreaksAndAMissingFinalLineBreak() {
        assertThat(append("engagement: {client: A, title: T}\r\nfindings:\r\n  - web/a")).isEqualTo(
                "engagement: {client: A, title: T}\r\nfindings:\r\n  - web/a\r\n  - template: new/one\r\n"
                        + "    values:\r\n      URL:   # slot\r\n");
    }

    @Test
    void anEmptyListIsStarted() {
        assertThat(append("findings:   # none yet\nvalues: {}\n")).isEqualTo(
                "findings:   # none yet\n  - template: new/one\n    values:\n      URL:   # slot\nvalues: {}\n");
        assertThat(append("findings: []  # none yet\n")).isEqualTo(
                "findings:  # none yet\n  - template: new/one\n    values:\n      URL:   # slot\n");
        assertThat(append("engagement: {client: A, title: T}\n")).isEqualTo(
                "engagement: {client: A, title: T}\nfindings:\n  - template: new/one\n    values:\n"
                        + "      URL:   # slot\n");
    }

    @Test
    void aFlowListWithEntriesIsLeftAlone() {
        assertThatThrownBy(() -> append("findings: [web/a]\n")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).toString())
                .isEqualTo("engagement.yaml:1:1: findings is not a block list that a finding can be appended to —"
                        + " write findings: with one '- template: …' entry per line");
    }

    @Test
    void keysAndTemplatesInUseAreKnown() {
        assertThat(new DescriptorAppender("findings:\n  - web/a\n  - template: web/b\n    key: b\n", "d")
                .usedNames()).containsExactlyInAnyOrder("web/a", "web/b", "b");
    }
}
