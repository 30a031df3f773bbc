package no.samspill.service.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * What Tasklist's list shows on each task's card in a staff member's own group filter: the filter's variables of
 * each task, read from the filter's HAL list as Tasklist reads them (each task's {@code _embedded.variable}).
 */
public final class TaskCardsSeen {

    private TaskCardsSeen() {
    }

    /** Card variables by task id, then by variable name, in the user's filter whose name ends with the suffix. */
    public static Map<String, Map<String, String>> inFilter(Http staff, String filterNameEndsWith) {
        String filterId = null;
        for (JsonNode filter : staff.get("/engine-rest/filter?resourceType=Task").json()) {
            if (filter.get("name").asText().endsWith(filterNameEndsWith)) {
                filterId = filter.get("id").asText();
            }
        }
        if (filterId == null) {
            throw new AssertionError("no filter ending with '" + filterNameEndsWith + "' for this user");
        }
        JsonNode list = staff.send(staff.request("/engine-rest/filter/" + filterId + "/list?maxResults=200")
                .header("Accept", "application/hal+json").GET()).json();
        Map<String, Map<String, String>> cards = new HashMap<>();
        for (JsonNode task : list.path("_embedded").path("task")) {
            Map<String, String> card = new HashMap<>();
            for (JsonNode variable : task.path("_embedded").path("variable")) {
                card.put(variable.get("name").asText(), variable.get("value").asText());
            }
            cards.put(task.get("id").asText(), card);
        }
        return cards;
    }
}
