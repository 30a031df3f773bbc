package no.samspill.service.support;

import static org.assertj.core.api.Assertions.assertThat;

/** What a staff member does in Tasklist, through the same engine-rest calls Tasklist makes. */
public final class DeskWork {

    private DeskWork() {
    }

    /** The staff member claims the inquiry's open task and completes it with the outcome and a note. */
    public static void serveWithNote(String baseUrl, String staff, String inquiryId, String outcome, String note) {
        Http desk = Http.as(baseUrl, staff, "demo");
        String taskId = desk.get("/engine-rest/task?processInstanceBusinessKey=" + inquiryId).json().get(0)
                .get("id").asText();
        desk.postJson("/engine-rest/task/" + taskId + "/claim", "userId", staff);
        Http.Response completed = desk.post("/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{\"outcome\":{\"value\":\"" + outcome + "\"},\"note\":{\"value\":\"" + note + "\"}}}");
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }
}
