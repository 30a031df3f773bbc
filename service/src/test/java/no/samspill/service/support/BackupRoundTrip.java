package no.samspill.service.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import no.samspill.core.shared.MunicipalTime;

/**
 * A backup taken while case systems register, restored into a fresh installation, as a municipality's IT would:
 * what was there before the backup is there after, exactly; what was written while it was taken is there whole or not
 * at all; and a citizen erased after the backup stays erased after the restore (the erasure ledger, ADR 0005).
 * The database-specific steps (take the backup, restore it, start on it) are the caller's; this class writes the data,
 * remembers what the original served and compares.
 */
public final class BackupRoundTrip {

    private static final String INQUIRIES = "/api/v1/municipalities/NO-3118/inquiries";
    private static final String KEPT_CITIZEN = "15058545640";
    private static final String ERASED_CITIZEN = "41019012393";

    private final Map<String, String> servedBefore = new LinkedHashMap<>();
    private final Map<String, String> personalDataBefore = new LinkedHashMap<>();
    private final List<String> inquiriesOfErasedCitizen = new ArrayList<>();
    private String erasedCitizen;
    private RegistrationLoad load;
    private Set<String> acceptedBeforeBackup;

    /** Inquiries at rest: two citizens, half of the inquiries served by Kari with a note, the rest open. */
    public void writeDataAtRest(Node node) {
        for (int i = 0; i < 8; i++) {
            boolean erased = i % 2 == 0;
            Http.Response created = caseSystem(node).postJson(INQUIRIES, "servicePoint", "mysen", "channel", "phone",
                    "service", "forms", "citizenId", erased ? ERASED_CITIZEN : KEPT_CITIZEN);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json().get("id").asText();
            if (erased) {
                inquiriesOfErasedCitizen.add(id);
                erasedCitizen = created.json().get("citizen").asText();
            }
            if (i < 4) {
                DeskWork.serveWithNote(node.baseUrl(), "kari", id, "resolved",
                        "Notat " + i + ": Ola Nordmann trenger hjelp med skjema");
            }
            servedBefore.put(id, null);
        }
        for (String id : List.copyOf(servedBefore.keySet())) {
            servedBefore.put(id, inquiry(node, id));
            personalDataBefore.put(id, personalData(node, id));
        }
    }

    /** Callers start registering without pause; the backup is to be taken while they do. */
    public void startWriting(Node node) {
        load = RegistrationLoad.start(2, List.of(node), "phone", "housing");
        RegistrationLoad.pause(1500);
        acceptedBeforeBackup = Set.copyOf(load.accepted());
    }

    /** After the backup: the callers stop, and the citizen is erased (after the backup was taken). */
    public void stopWritingAndErase(Node node) throws InterruptedException {
        RegistrationLoad.pause(1000);
        assertThat(load.stop()).isTrue();
        assertThat(load.accepted()).as("registered while the backup was taken").hasSizeGreaterThan(
                acceptedBeforeBackup.size());
        Http.Response erased = caseSystem(node).send(caseSystem(node)
                .request("/api/v1/municipalities/NO-3118/citizens/" + erasedCitizen).DELETE());
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
    }

    /** Compares the restored installation with what the original served. */
    public void assertRestoredAsBefore(Node restored) {
        // Everything at rest before the backup: served exactly as before
        for (Map.Entry<String, String> before : servedBefore.entrySet()) {
            assertThat(inquiry(restored, before.getKey())).as("inquiry " + before.getKey()).isEqualTo(before.getValue());
            if (!inquiriesOfErasedCitizen.contains(before.getKey())) {
                assertThat(personalData(restored, before.getKey())).as("personal data of " + before.getKey())
                        .isEqualTo(personalDataBefore.get(before.getKey()));
            }
        }
        // The citizen erased after the backup: not readable after restoring it, identifier and notes alike
        for (String id : inquiriesOfErasedCitizen) {
            JsonNode personalData = caseSystem(restored).get(INQUIRIES + "/" + id + "/personal-data").json();
            assertThat(personalData.has("citizenId")).as("erased identifier of " + id).isFalse();
            assertThat(personalData.get("notes")).as("erased notes of " + id).isEmpty();
            assertThat(personalData.get("erasedAt").asText()).isNotBlank();
        }
        assertThat(personalDataBefore.get(inquiriesOfErasedCitizen.get(0))).contains(ERASED_CITIZEN);

        // Written while the backup was taken: whole or absent, and nothing that was not accepted
        Http admin = Http.as(restored.baseUrl(), "admin", "demo");
        Set<String> present = new HashSet<>();
        for (String id : load.accepted()) {
            Http.Response read = caseSystem(restored).get(INQUIRIES + "/" + id);
            if (read.status() == 404) {
                assertThat(acceptedBeforeBackup).as("accepted before the backup began, lost: " + id)
                        .doesNotContain(id);
                continue;
            }
            assertThat(read.status()).isEqualTo(200);
            present.add(id);
            assertThat(count(read.json().get("history"), "InquiryRegistered")).as("registered once: " + id)
                    .isEqualTo(1);
            assertThat(admin.get("/engine-rest/process-instance/count?businessKey=" + id).json().get("count").asInt())
                    .as("one process: " + id).isEqualTo(1);
            assertThat(admin.get("/engine-rest/task/count?processInstanceBusinessKey=" + id).json().get("count")
                    .asInt()).as("one open task: " + id).isEqualTo(1);
        }
        assertThat(present).as("accepted before the backup began").containsAll(acceptedBeforeBackup);
        int openAtRest = (int) servedBefore.values().stream().filter(text -> !text.contains("\"status\":\"resolved\""))
                .count();
        assertThat(admin.get("/engine-rest/process-instance/count?tenantIdIn=NO-3118"
                + "&processDefinitionKey=inquiry-total-collaboration").json().get("count").asInt())
                .as("processes running: the open inquiries at rest and those written in flight that are there")
                .isEqualTo(openAtRest + present.size());

        // The analytics count exactly the inquiries the restored log holds (counted here, not by the analytics) …
        String models = "/api/v1/analytics/models?from=" + LocalDate.now(MunicipalTime.ZONE).minusDays(1) + "&to="
                + LocalDate.now(MunicipalTime.ZONE).plusDays(1);
        JsonNode figures = admin.get(models).json();
        assertThat(inquiriesCounted(figures)).isEqualTo(servedBefore.size() + present.size());
        // … and a replay of that log gives the same figures
        assertThat(admin.post("/api/v1/analytics/replay", "").status()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).until(() -> admin.get("/api/v1/analytics/replay").json().get("state")
                .asText().equals("done"));
        assertThat(admin.get(models).json()).isEqualTo(figures);
    }

    private static long inquiriesCounted(JsonNode modelRows) {
        return StreamSupport.stream(modelRows.spliterator(), false)
                .mapToLong(row -> row.get("measures").get("inquiries").asLong()).sum();
    }

    private static long count(JsonNode history, String type) {
        return StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.get("type").asText().equals(type)).count();
    }

    private static String inquiry(Node node, String id) {
        Http.Response read = caseSystem(node).get(INQUIRIES + "/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().toString();
    }

    /** The identifier and the notes (not the list of reads, which every read adds to). */
    private static String personalData(Node node, String id) {
        JsonNode personalData = caseSystem(node).get(INQUIRIES + "/" + id + "/personal-data").json();
        return personalData.path("citizenId").asText() + " " + personalData.get("notes");
    }

    private static Http caseSystem(Node node) {
        return Http.as(node.baseUrl(), "io-sak", "demo");
    }
}
