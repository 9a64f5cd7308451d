package io.github.dossier.output.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dossier.provenance.Input;
import io.github.dossier.provenance.Provenance;
import io.github.dossier.provenance.Recorded;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The provenance a {@code findings.json} records, read back for {@code dossier:verify}. */
public final class FindingsJsonProvenance {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJsonProvenance() {
    }

    /**
     * @return empty when the file records no provenance (format 1)
     * @throws IOException when the file is not readable JSON
     */
    public static Optional<Recorded> read(Path file) throws IOException {
        JsonNode provenance = JSON.readTree(file.toFile()).path("provenance");
        if (!provenance.path("inputs").isArray()) {
            return Optional.empty();
        }
        List<Input> inputs = new ArrayList<>();
        for (JsonNode input : provenance.get("inputs")) {
            Input.Kind kind = Input.Kind.of(input.path("kind").asText(""));
            if (kind == null) {
                throw new IOException("findings.json records an input of unknown kind '"
                        + input.path("kind").asText("") + "'");
            }
            inputs.add(new Input(kind, input.path("name").asText(""), input.path("value").asText("")));
        }
        return Optional.of(new Recorded(new Provenance(inputs), provenance.path("digest").asText("")));
    }
}
