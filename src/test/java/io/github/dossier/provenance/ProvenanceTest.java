package io.github.dossier.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dossier.io.Digests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest, its digest and reading it back, as docs/versions.md defines them. */
class ProvenanceTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    private static Provenance of(Input... inputs) {
        return new Provenance(List.of(inputs));
    }

    @Test
    void theManifestListsInputsByKindThenNameAndTheDigestIsItsSha256() {
        Provenance p = of(new Input(Input.Kind.EVIDENCE, "src/e/b.png", B),
                new Input(Input.Kind.TEMPLATE, "02_net/ssh", A),
                new Input(Input.Kind.EVIDENCE, "src/e/a.png", A),
                new Input(Input.Kind.PLUGIN, "io.github.dossier:dossier-maven-plugin", "0.2.0"));

        String expected = "plugin\tio.github.dossier:dossier-maven-plugin\t0.2.0\n" + "template\t02_net/ssh\t" + A
                + "\n" + "evidence\tsrc/e/a.png\t" + A + "\n" + "evidence\tsrc/e/b.png\t" + B + "\n";
        assertThat(p.manifest()).isEqualTo(expected);
        assertThat(p.digest()).isEqualTo(Digests.of(expected)).matches("[0-9a-f]{64}");
        assertThat(p.pluginVersion()).contains("0.2.0");
    }

    @Test
    void tabsAndLineBreaksInNamesAreEscapedAsJqWritesThemAndReadBack() {
        Provenance p = of(new Input(Input.Kind.EVIDENCE, "odd\tname\nwith\\slash\r", A));

        assertThat(p.manifest()).isEqualTo("evidence\todd\\tname\\nwith\\\\slash\\r\t" + A + "\n");
        assertThat(Provenance.parse(p.manifest())).isEqualTo(p);
    }

    @Test
    void aManifestThatIsNotThreeFieldsOfAKnownKindIsRefused() {
        assertThatThrownBy(() -> Provenance.parse("plugin\tx\t1\nsecret\tx\t1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> Provenance.parse("plugin\tx\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordIsIntactOnlyWhenItsDigestIsTheDigestOfItsInputs() {
        Provenance p = of(new Input(Input.Kind.DESCRIPTOR, "src/engagement/engagement.yaml", A));

        assertThat(new Recorded(p, p.digest()).isIntact()).isTrue();
        assertThat(new Recorded(p, B).isIntact()).isFalse();
        assertThat(new Recorded(p, null).isIntact()).isFalse();
    }

    @Test
    void differencesNameEachChangedMissingAndNewInput() {
        Provenance recorded = of(new Input(Input.Kind.PLUGIN, "io.github.dossier:dossier-maven-plugin", "0.2.0"),
                new Input(Input.Kind.TEMPLATE, "01_web/xss", A), new Input(Input.Kind.EVIDENCE, "src/e/a.png", A),
                new Input(Input.Kind.EVIDENCE, "src/e/old.png", A));
        Provenance now = of(new Input(Input.Kind.PLUGIN, "io.github.dossier:dossier-maven-plugin", "0.3.0"),
                new Input(Input.Kind.TEMPLATE, "01_web/xss", A), new Input(Input.Kind.EVIDENCE, "src/e/a.png", B),
                new Input(Input.Kind.SCAN, "src/scans/ext.nessus", B));

        assertThat(Differences.between(recorded, now)).containsExactly(
                "plugin io.github.dossier:dossier-maven-plugin: '0.2.0' in the deliverable, '0.3.0' now",
                "scan src/scans/ext.nessus: not an input of the deliverable, an input now",
                "evidence src/e/a.png: SHA-256 aaaaaaaaaaaa… in the deliverable, SHA-256 bbbbbbbbbbbb… now",
                "evidence src/e/old.png: an input of the deliverable, not an input now");
        assertThat(Differences.between(recorded, recorded)).isEmpty();
    }
}
