package io.github.dossier.output.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.dossier.output.Format;
import io.github.dossier.output.ReportWriter;
import io.github.dossier.render.RenderSettings;
import io.github.dossier.report.Report;
import io.github.dossier.testing.ProjectFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.json: its exact layout, and that it always validates against the schema shipped beside it. */
class FindingsJsonTest {

    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = FindingsJson.class.getResourceAsStream("findings.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private ProjectFixture project() {
        return new ProjectFixture(dir)
                .template("01_web/xss", "category: APP-INJ\ncvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
                        "Reflected <XSS> in \"{==APP==}\"", "Script runs.", "Medium", "High")
                .template("02_net/ssh", "category: NET\ncvss: \"5.3\"", "SSH Banner", "Banner.", "Low", "Low")
                .template("03_net/tls", "category: NET\ncvss: N/A", "Weak TLS", "Old.", "Low", "N/A");
    }

    private static String descriptor(String extra) {
        return "engagement:\n  client: Zürich Bank AG\n  title: Web Test\n  reference: ZB-7\n  version: \"1.2\"\n"
                + "  date: 2026-11-20\n  type: web\n  authors: [A. Tester, B. Prüfer]\n  classification: Confidential\n"
                + extra + "values:\n  APP: Portal\nfindings:\n  - template: 02_net/ssh\n    affected: [ssh.example]\n"
                + "  - template: 03_net/tls\n  - template: 01_web/xss\n    key: xss\n"
                + "    affected: [https://a.example/, https://b.example/]\n    status: fixed\n";
    }

    @Test
    void layoutIsFixed() {
        String json = new String(render(project().descriptor(descriptor("")).build()),
                StandardCharsets.UTF_8);
        assertThat(json.substring(0, json.indexOf("\n  \"provenance\""))).isEqualTo("""
                {
                  "formatVersion": 2,
                  "engagement": {
                    "client": "Zürich Bank AG",
                    "title": "Web Test",
                    "reference": "ZB-7",
                    "version": "1.2",
                    "date": "2026-11-20",
                    "type": "web",
                    "authors": [
                      "A. Tester",
                      "B. Prüfer"
                    ],
                    "classification": "Confidential"
                  },
                  "draft": false,
                  "counts": {
                    "critical": 0,
                    "high": 1,
                    "medium": 0,
                    "low": 0,
                    "informational": 1,
                    "na": 1,
                    "total": 3
                  },
                  "findings": [
                    {
                      "number": 1,
                      "key": "xss",
                      "templateId": "01_web/xss",
                      "title": "Reflected <XSS> in \\"Portal\\"",
                      "category": "APP-INJ",
                      "impact": "Medium",
                      "likelihood": "High",
                      "risk": "High",
                      "cvss": {
                        "version": "3.1",
                        "vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N",
                        "score": 6.1,
                        "baseScore": 6.1,
                        "scoreType": "base",
                        "severity": "Medium"
                      },
                      "status": "fixed",
                      "affected": [
                        "https://a.example/",
                        "https://b.example/"
                      ],
                      "originalRisk": null,
                      "text": {
                        "description": "Script runs.",
                        "impact": "Impact of Reflected <XSS> in \\"Portal\\".",
                        "likelihood": "Likelihood of Reflected <XSS> in \\"Portal\\".",
                        "recommendation": "Fix Reflected <XSS> in \\"Portal\\"."
                      }
                    },
                    {
                      "number": 2,
                      "key": "02_net/ssh",
                      "templateId": "02_net/ssh",
                      "title": "SSH Banner",
                      "category": "NET",
                      "impact": "Low",
                      "likelihood": "Low",
                      "risk": "Informational",
                      "cvss": {
                        "version": null,
                        "vector": null,
                        "score": 5.3,
                        "baseScore": 5.3,
                        "scoreType": "given",
                        "severity": "Medium"
                      },
                      "status": "open",
                      "affected": [
                        "ssh.example"
                      ],
                      "originalRisk": null,
                      "text": {
                        "description": "Banner.",
                        "impact": "Impact of SSH Banner.",
                        "likelihood": "Likelihood of SSH Banner.",
                        "recommendation": "Fix SSH Banner."
                      }
                    },
                    {
                      "number": 3,
                      "key": "03_net/tls",
                      "templateId": "03_net/tls",
                      "title": "Weak TLS",
                      "category": "NET",
                      "impact": "Low",
                      "likelihood": "N/A",
                      "risk": "N/A",
                      "cvss": null,
                      "status": "open",
                      "affected": [],
                      "originalRisk": null,
                      "text": {
                        "description": "Old.",
                        "impact": "Impact of Weak TLS.",
                        "likelihood": "Likelihood of Weak TLS.",
                        "recommendation": "Fix Weak TLS."
                      }
                    }
                  ],
                  "changes": null,""");
        assertThat(valid(json)).isEmpty();
    }

    /** Every input with the SHA-256 of its bytes, in manifest order; the digest recomputes from them. */
    @Test
    void provenanceListsEveryInputAndItsDigest() throws Exception {
        String json = new String(render(project().descriptor(descriptor("")).build()), StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode provenance = new ObjectMapper().readTree(json).get("provenance");
        StringBuilder lines = new StringBuilder();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode input : provenance.get("inputs")) {
            String kind = input.get("kind").asText();
            String name = input.get("name").asText();
            names.add(kind + " " + name);
            if (kind.equals("template") || kind.equals("descriptor")) {
                Path file = dir.resolve(kind.equals("template") ? "src/findings/" + name + ".md" : name);
                assertThat(input.get("value").asText()).isEqualTo(io.github.dossier.io.Digests.of(file));
            }
            lines.append(kind).append('\t').append(name).append('\t').append(input.get("value").asText()).append('\n');
        }
        assertThat(names).containsExactly("plugin io.github.dossier:dossier-maven-plugin", "library src/findings",
                "descriptor src/engagement/engagement.yaml", "template 01_web/xss", "template 02_net/ssh",
                "template 03_net/tls");
        assertThat(provenance.get("digest").asText()).isEqualTo(io.github.dossier.io.Digests.of(lines.toString()));
    }

    @Test
    void draftReportsValidateToo() {
        Report draft = project().descriptor(ProjectFixture.header() + "findings:\n  - template: 01_web/xss\n"
                + "    cvss: TBA\n").build(new RenderSettings(true, false));
        String json = new String(render(draft), StandardCharsets.UTF_8);
        assertThat(json).contains("\"draft\": true").contains("\"cvss\": null").contains("\"authors\": []")
                .contains("\"title\": \"Reflected <XSS> in \\\"{==APP==}\\\"\"").endsWith("}\n");
        assertThat(valid(json)).isEmpty();
    }

    @Test
    void v4VectorsCarryTheirNomenclature() {
        String json = new String(render(project().descriptor(descriptor("").replace("status: fixed",
                "cvss: CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U")).build()),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\": \"4.0\"").contains("\"baseScore\": 9.3")
                .contains("\"scoreType\": \"CVSS-BT\"").contains("\"severity\": \"High\"");
        assertThat(valid(json)).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatTheFormatDoesNotAllow() throws Exception {
        String json = new String(render(project().descriptor(descriptor("")).build()),
                StandardCharsets.UTF_8);
        assertThat(invalid(json, root -> finding(root).put("risk", "Severe"))).anyMatch(m -> m.contains("risk"));
        assertThat(invalid(json, root -> cvss(root).put("score", 10.5))).anyMatch(m -> m.contains("score"));
        assertThat(invalid(json, root -> cvss(root).put("score", 6.15))).anyMatch(m -> m.contains("score"));
        assertThat(invalid(json, root -> cvss(root).putNull("version"))).isNotEmpty();
        assertThat(invalid(json, root -> finding(root).remove("key"))).anyMatch(m -> m.contains("key"));
        assertThat(invalid(json, root -> root.with("counts").put("severe", 1))).anyMatch(m -> m.contains("severe"));
        assertThat(invalid(json, root -> root.put("formatVersion", 1))).anyMatch(m -> m.contains("formatVersion"));
        assertThat(invalid(json, root -> finding(root).put("status", "closed"))).anyMatch(m -> m.contains("status"));
        assertThat(invalid(json, root -> root.with("provenance").put("digest", "abc")))
                .anyMatch(m -> m.contains("digest"));
    }

    @Test
    void writtenOnlyWhenAskedFor() throws Exception {
        Report report = project().descriptor(descriptor("")).build();
        Path out = dir.resolve("target/dossier");
        assertThat(ReportWriter.write(report, Set.of(Format.JSON), out)).containsExactly("findings.json");
        assertThat(Files.readAllBytes(out.resolve("findings.json"))).isEqualTo(render(report));
        assertThat(Format.parseList("md, json")).containsExactly(Format.MD, Format.JSON);
        assertThatThrownBy(() -> Format.parseList("rtf"))
                .hasMessage("unknown format 'rtf'; known formats: md, html, pdf, docx, json");
    }

    private static byte[] render(Report report) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            FindingsJson.write(report, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ObjectNode finding(ObjectNode root) {
        return (ObjectNode) root.withArray("findings").get(0);
    }

    private static ObjectNode cvss(ObjectNode root) {
        return (ObjectNode) finding(root).get("cvss");
    }

    private static Set<String> valid(String json) {
        return messages(schema.validate(json, InputFormat.JSON));
    }

    private static Set<String> invalid(String json, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(json);
        change.accept(root);
        Set<String> messages = messages(schema.validate(root));
        assertThat(messages).as("the schema should reject the changed document").isNotEmpty();
        return messages;
    }

    private static Set<String> messages(Set<ValidationMessage> messages) {
        return messages.stream().map(ValidationMessage::getMessage).collect(java.util.stream.Collectors.toSet());
    }
}
