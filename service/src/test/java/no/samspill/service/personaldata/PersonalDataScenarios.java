package no.samspill.service.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.shared.StaffId;
import no.samspill.service.support.CapturedLogs;
import no.samspill.service.support.DatabaseScan;
import no.samspill.service.support.DeskWork;
import no.samspill.service.support.Http;
import no.samspill.service.support.Problems;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * Citizens' identifiers and staff's notes: sealed apart from the event log, read only by the municipality (and
 * logged), erased on request or when retention runs out, and never in clear in any table or log line.
 * The identifiers are synthetic fødselsnumre.
 */
public interface PersonalDataScenarios {

    String MYSEN_INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";
    String CITIZEN_ID = "15058545640";
    String ENDED_CITIZEN_ID = "41019012393";
    String OPEN_CITIZEN_ID = "29020098749";

    RunningSamspill samspill();

    private Http ioSak() {
        return Http.as(samspill().baseUrl(), "io-sak", "demo");
    }

    private JsonNode registerFor(String citizenId) {
        Http.Response created = ioSak().postJson(MYSEN_INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                "service", "forms", "citizenId", citizenId);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** Kari claims the inquiry's desk task and completes it with a note and the outcome. */
    private void serveWithNote(String inquiryId, String outcome, String note) {
        DeskWork.serveWithNote(samspill().baseUrl(), "kari", inquiryId, outcome, note);
    }

    private long count(String sql, Object... arguments) {
        return samspill().database().queryForObject(sql, Long.class, arguments);
    }

    @Test
    default void personal_data_is_sealed_read_by_its_municipality_only_logged_and_erased_at_once() {
        String note = "Ola Nordmann, tlf 99 88 77 66, trenger hjelp med skjema for startlån";
        try (CapturedLogs logs = CapturedLogs.start()) {
            // A case system names the citizen; the inquiry carries a pseudonym only
            JsonNode inquiry = registerFor(CITIZEN_ID);
            String id = inquiry.get("id").asText();
            String citizen = inquiry.get("citizen").asText();
            assertThat(citizen).matches("[0-9a-f-]{36}");
            assertThat(inquiry.toString()).doesNotContain(CITIZEN_ID);
            serveWithNote(id, "resolved", note);
            // The same citizen, written another way, is the same pseudonym
            assertThat(registerFor("150585 45640").get("citizen").asText()).isEqualTo(citizen);

            // Nowhere in the database in clear: not in the events, Camunda's tables, or the store itself
            assertThat(DatabaseScan.placesOf(samspill().database(), CITIZEN_ID, "Ola Nordmann")).isEmpty();
            // (the scan does look everywhere: it finds the pseudonym in the event log and in Camunda's variables of
            // the running inquiry; Camunda's history keeps no inquiry variable, HistoryKept)
            assertThat(DatabaseScan.placesOf(samspill().database(), citizen))
                    .anyMatch(place -> place.equalsIgnoreCase("domain_event_entry.payload"))
                    .anyMatch(place -> place.equalsIgnoreCase("act_ru_variable.text_"))
                    .noneMatch(place -> place.toLowerCase(java.util.Locale.ROOT).startsWith("act_hi_"));

            // The municipality's case system reads it, and the read is logged
            JsonNode personalData = ioSak().get(MYSEN_INQUIRIES + "/" + id + "/personal-data").json();
            assertThat(personalData.get("citizenId").asText()).isEqualTo(CITIZEN_ID);
            assertThat(personalData.get("notes").get(0).get("note").asText()).isEqualTo(note);
            assertThat(personalData.get("notes").get(0).get("writtenBy").asText()).isEqualTo("kari");
            JsonNode reads = ioSak().get(MYSEN_INQUIRIES + "/" + id + "/personal-data/reads").json();
            assertThat(reads).hasSize(1);
            assertThat(reads.get(0).get("readBy").asText()).isEqualTo("case-system:io-sak");

            // Another municipality's client learns nothing, on either path
            Http kongsberg = Http.as(samspill().baseUrl(), "kongsberg-sak", "demo");
            assertThat(kongsberg.get(MYSEN_INQUIRIES + "/" + id + "/personal-data").status()).isEqualTo(404);
            assertThat(kongsberg.get("/api/v1/municipalities/NO-3303/inquiries/" + id + "/personal-data").status())
                    .isEqualTo(404);
            assertThat(kongsberg.send(kongsberg.request("/api/v1/municipalities/NO-3303/citizens/" + citizen)
                    .DELETE()).status()).isEqualTo(404);

            // Erasure: gone at once, while the events stay as they were
            long events = count("select count(*) from domain_event_entry");
            Http.Response erased = ioSak().send(ioSak().request("/api/v1/municipalities/NO-3118/citizens/" + citizen)
                    .DELETE());
            assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
            JsonNode afterErasure = ioSak().get(MYSEN_INQUIRIES + "/" + id + "/personal-data").json();
            assertThat(afterErasure.has("citizenId")).isFalse();
            assertThat(afterErasure.get("notes")).isEmpty();
            assertThat(afterErasure.get("erasedAt").asText()).isNotBlank();
            assertThat(count("select count(*) from citizen where citizen_ref = ?", citizen)).isZero();
            assertThat(count("select count(*) from inquiry_note where inquiry_id = ?", id)).isZero();
            assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
            assertThat(ioSak().get(MYSEN_INQUIRIES + "/" + id).json().get("status").asText()).isEqualTo("resolved");

            assertThat(logs.lines()).noneMatch(line -> line.contains(CITIZEN_ID) || line.contains("Ola Nordmann"));
        }
    }

    @Test
    default void a_malformed_citizen_identifier_is_refused_without_repeating_it_and_changes_nothing() {
        long events = count("select count(*) from domain_event_entry");
        long citizens = count("select count(*) from citizen");
        long processes = count("select count(*) from act_hi_procinst");

        Http.Response refused = ioSak().postJson(MYSEN_INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                "service", "forms", "citizenId", "15058545641");

        Problems.assertProblem(refused, 400, "citizenId",
                "is not a Norwegian national identity number (fødselsnummer): its check digits do not match");
        assertThat(refused.body()).doesNotContain("15058545641");
        assertThat(count("select count(*) from domain_event_entry")).isEqualTo(events);
        assertThat(count("select count(*) from citizen")).isEqualTo(citizens);
        assertThat(count("select count(*) from act_hi_procinst")).isEqualTo(processes);
    }

    @Test
    default void retention_erases_what_ended_before_the_cutoff_and_keeps_what_is_still_open() {
        JsonNode ended = registerFor(ENDED_CITIZEN_ID);
        serveWithNote(ended.get("id").asText(), "resolved", "Avsluttet sak");
        JsonNode open = registerFor(OPEN_CITIZEN_ID);
        // still at the desk, with a note already
        samspill().bean(PersonalDataStore.class).add(new InquiryId(open.get("id").asText()), new StaffId("kari"),
                "Åpen sak");

        // The nightly job keeps everything younger than the retention period
        samspill().bean(PersonalDataRetention.class).eraseExpired();
        assertThat(count("select count(*) from inquiry_note where inquiry_id = ?", ended.get("id").asText())).isOne();

        // Once the period has run out for the ended inquiry, its notes and its citizen are erased
        samspill().bean(PersonalDataErasure.class).eraseEndedBefore(Instant.now().plusSeconds(1));
        assertThat(count("select count(*) from inquiry_note where inquiry_id = ?", ended.get("id").asText())).isZero();
        assertThat(count("select count(*) from citizen where citizen_ref = ?", ended.get("citizen").asText())).isZero();
        assertThat(count("select count(*) from inquiry_note where inquiry_id = ?", open.get("id").asText())).isOne();
        assertThat(count("select count(*) from citizen where citizen_ref = ?", open.get("citizen").asText())).isOne();
    }
}
