package no.samspill.service.inquiry.tasklist;

import java.util.List;
import java.util.Map;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.engine.TaskCards;
import no.samspill.workflows.inquiry.InquiryVariables;
import no.samspill.workflows.inquiry.InquiryListLabels;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.springframework.stereotype.Component;

/**
 * Each staff group's own Tasklist filter: the tasks offered to the group or taken by its members, each card showing
 * the inquiry's service, channel, service point, registration and case reference, or the library plan and region, or
 * the partner, labelled in the municipality's language (Tasklist shows a filter's variable labels as they are; a card
 * shows only the variables its task has). Tasklist shows each task's due date itself. Made or brought up to date whenever the group is ensured.
 */
@Component
public class GroupTaskFilters {

    /** The filter's property naming the staff group it is for. */
    private static final String GROUP = "samspillGroup";

    private final FilterService filters;
    private final TaskService tasks;
    private final StaffLanguage languages;
    private final SamspillTexts texts;

    public GroupTaskFilters(FilterService filters, TaskService tasks, StaffLanguage languages, SamspillTexts texts) {
        this.filters = filters;
        this.tasks = tasks;
        this.languages = languages;
        this.texts = texts;
    }

    /**
     * The group's filter, made or updated (its name too, when the group was renamed), found by the group it is for,
     * never by its name, which another municipality's group may share; its id.
     */
    public String ensure(String groupId, String groupName, MunicipalityCode municipality) {
        String language = languages.ofMunicipality(municipality.value());
        Filter filter = filters.createFilterQuery().filterResourceType(EntityTypes.TASK).list().stream()
                .filter(candidate -> isFor(candidate, groupId)).findFirst()
                .orElseGet(() -> filters.newTaskFilter(groupName));
        filter.setName(groupName);
        filter.setQuery(tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks());
        filter.setProperties(Map.of(GROUP, groupId, "priority", -10, "showUndefinedVariable", false, "variables", List.of(
                variable(InquiryListLabels.SERVICE_LABEL, texts.ui(language, "brief.service")),
                variable(InquiryListLabels.CHANNEL_LABEL, texts.ui(language, "brief.channel")),
                variable(InquiryListLabels.SERVICE_POINT_NAME, texts.ui(language, "brief.servicePoint")),
                variable(InquiryListLabels.REGISTERED, texts.ui(language, "brief.registered")),
                variable(InquiryVariables.EXTERNAL_REFERENCE, texts.ui(language, "brief.caseReference")),
                variable(TaskCards.PLAN_TITLE, texts.ui(language, "card.plan")),
                variable(TaskCards.REGION_NAME, texts.ui(language, "card.region")),
                variable(TaskCards.PARTNER_NAME, texts.ui(language, "card.partner")))));
        return filters.saveFilter(filter).getId();
    }

    /** A filter of this group's: marked so, or (made before the mark) asking for the group's tasks. */
    private static boolean isFor(Filter filter, String groupId) {
        if (filter.getProperties() != null && filter.getProperties().containsKey(GROUP)) {
            return groupId.equals(filter.getProperties().get(GROUP));
        }
        return filter.getQuery() instanceof TaskQueryImpl query && groupId.equals(query.getCandidateGroup());
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }
}
