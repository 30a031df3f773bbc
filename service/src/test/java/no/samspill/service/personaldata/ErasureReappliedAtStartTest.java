package no.samspill.service.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import no.samspill.service.support.DeskWork;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every start carries out the erasure ledger again, and that must erase only what each erasure covered: a note a
 * staff member writes after the inquiry's notes were erased stays, restart after restart, while what was erased
 * stays erased.
 */
class ErasureReappliedAtStartTest {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";

    @Test
    void a_note_written_after_an_erasure_survives_the_next_start(@TempDir Path folder) {
        try (RunningSamspill samspill = RunningSamspill.start("demo", Map.of("spring.datasource.url",
                "jdbc:h2:file:" + folder.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE"))) {
            Http ioSak = Http.as(samspill.baseUrl(), "io-sak", "demo");
            Http.Response created = ioSak.postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                    "service", "forms", "citizenId", "15058545640");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            String citizen = created.json().get("citizen").asText();
            Http.Response other = ioSak.postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                    "service", "forms", "citizenId", "41019012393");
            String erasedCitizen = other.json().get("citizen").asText();

            // The inquiry's notes are erased (it has none yet), then Kari serves it and writes one
            assertThat(ioSak.send(ioSak.request(INQUIRIES + "/" + id + "/personal-data").DELETE()).status())
                    .isEqualTo(204);
            DeskWork.serveWithNote(samspill.baseUrl(), "kari", id, "resolved", "Skrevet etter slettingen");
            // Another citizen is erased outright
            assertThat(ioSak.send(ioSak.request("/api/v1/municipalities/NO-3118/citizens/" + erasedCitizen)
                    .DELETE()).status()).isEqualTo(204);

            samspill.restart();
            ioSak = Http.as(samspill.baseUrl(), "io-sak", "demo"); // (a new port)

            JsonNode personalData = ioSak.get(INQUIRIES + "/" + id + "/personal-data").json();
            assertThat(personalData.get("notes")).hasSize(1);
            assertThat(personalData.get("notes").get(0).get("note").asText()).isEqualTo("Skrevet etter slettingen");
            assertThat(personalData.get("citizenId").asText()).isEqualTo("15058545640");
            assertThat(personalData.get("citizen").asText()).isEqualTo(citizen);
            JsonNode erased = ioSak.get(INQUIRIES + "/" + other.json().get("id").asText() + "/personal-data").json();
            assertThat(erased.has("citizenId")).isFalse();
        }
    }
}
