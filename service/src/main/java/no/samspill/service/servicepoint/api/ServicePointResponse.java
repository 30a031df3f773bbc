package no.samspill.service.servicepoint.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A service point as the API shows it, with the model in force today and every decided change. */
public record ServicePointResponse(String code, String municipality, String name, String model,
                                   List<Desk> desks, Map<String, String> catalogue, List<ModelChange> modelChanges,
                                   StaffGroups staffGroups) {

    public record Desk(String code, String name, String competence) {
    }

    @Schema(name = "ScheduledModelChange", description = "A model the service point runs under from a date, by a decision")
    public record ModelChange(LocalDate effectiveFrom, String model, String decisionReference) {
    }

    public record StaffGroups(String generalists, String specialists) {
    }
}
