package no.samspill.service.inquiry.tasklist;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.core.inquiry.Holder;
import no.samspill.core.inquiry.InquiryEvents.InquiryHandedOver;
import no.samspill.core.inquiry.InquiryEvents.InquiryReferred;
import no.samspill.core.inquiry.InquiryEvents.InquiryRegistered;
import no.samspill.core.inquiry.InquiryEvents.InquiryRouted;
import no.samspill.core.inquiry.InquiryEvents.InquiryTaken;
import no.samspill.core.inquiry.Route;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.MunicipalTime;
import no.samspill.core.shared.StaffId;
import no.samspill.service.personaldata.PersonalDataStore;
import no.samspill.service.personaldata.PersonalDataStore.Note;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.TaskBriefing;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An inquiry task's briefing in Tasklist: service, channel, service point, when it was registered, the case
 * system's reference, where the routing sent it and why, and its path so far (who took, referred or handed it over,
 * when) with the notes colleagues left, read from the sealed store for the viewer and logged as their read. The
 * citizen's identity is not shown here. Built from the inquiry's events when the task is opened.
 */
@Component
public class InquiryBriefing implements TaskBriefing {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(MunicipalTime.ZONE);

    private final EventStore eventStore;
    private final PersonalDataStore personalData;
    private final ServicePointDirectory servicePoints;
    private final SamspillTexts texts;

    /** Camunda's forms run {@code cam-script}s with {@code camForm}; the answer is shown as text, never as HTML. */
    private static final String SHOW_CITIZEN_SCRIPT = """
            <script cam-script type="text/form-script">
            (function () {
              var button = camForm.formElement[0].querySelector('.samspill-show-citizen');
              var shown = camForm.formElement[0].querySelector('.samspill-citizen');
              button.addEventListener('click', function () {
                var token = (document.cookie.match(/(?:^|;\\s*)XSRF-TOKEN=([^;]*)/) || [])[1];
                button.disabled = true;
                fetch(button.getAttribute('data-url'), {method: 'POST', credentials: 'same-origin',
                    headers: {'Accept': 'application/json', 'X-XSRF-TOKEN': token ? decodeURIComponent(token) : ''}})
                  .then(function (response) {
                    return response.json().then(function (body) {
                      if (!response.ok) { throw new Error(body.detail || body.title || response.status); }
                      shown.textContent = body.citizenId || button.getAttribute('data-erased');
                    });
                  })
                  .catch(function (failure) { button.disabled = false; shown.textContent = failure.message; });
              });
            })();
            </script>""";

    public InquiryBriefing(EventStore eventStore, PersonalDataStore personalData, ServicePointDirectory servicePoints,
                           SamspillTexts texts) {
        this.eventStore = eventStore;
        this.personalData = personalData;
        this.servicePoints = servicePoints;
        this.texts = texts;
    }

    /** One line of the path so far, at its moment. */
    public record Step(Instant at, String text) {
    }

    /** The inquiry's path so far from its events (registered, taken, referred, handed over), in the language. */
    public List<Step> pathOf(String inquiryId, String language) {
        return steps(eventStore.readEvents(inquiryId).asStream().toList(), language);
    }

    @Override
    public String of(Task task, String language) {
        String inquiryId = task instanceof TaskEntity entity && entity.getProcessInstance() != null
                ? entity.getProcessInstance().getBusinessKey() : null;
        if (inquiryId == null) {
            return "";
        }
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(inquiryId).asStream().toList();
        if (events.isEmpty() || !(events.get(0).getPayload() instanceof InquiryRegistered registered)) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"samspill-briefing\" ng-non-bindable>");
        html.append("<h4>").append(escape(texts.ui(language, "brief.title"))).append("</h4><dl class=\"dl-horizontal\">");
        ServicePointId id = new ServicePointId(registered.municipality(), registered.servicePoint());
        ServicePointSummary place = servicePoints.find(id).orElse(null);
        row(html, texts.ui(language, "brief.service"), texts.label(language, "service", registered.service().code()));
        row(html, texts.ui(language, "brief.channel"), texts.label(language, "channel", registered.channel().code()));
        row(html, texts.ui(language, "brief.servicePoint"), place == null ? registered.servicePoint() : place.name());
        row(html, texts.ui(language, "brief.registered"), WHEN.format(events.get(0).getTimestamp()));
        if (registered.externalReference() != null) {
            row(html, texts.ui(language, "brief.caseReference"), registered.externalReference());
        }
        if (registered.citizen() != null) {
            showCitizenOnRequest(html, task.getId(), language);
        }
        events.stream().map(DomainEventMessage::getPayload).filter(InquiryRouted.class::isInstance)
                .map(InquiryRouted.class::cast).findFirst().ifPresent(routed ->
                        row(html, texts.ui(language, "brief.route"), route(routed, id, registered, language)));
        html.append("</dl><h5>").append(escape(texts.ui(language, "brief.path"))).append("</h5><ol>");
        List<Step> path = new ArrayList<>(steps(events, language));
        String viewer = Actors.authenticatedUser().map(StaffId::value).orElse("system");
        List<Note> notes = personalData.notesFor(registered.municipality(), inquiryId, viewer);
        notes.forEach(note -> path.add(new Step(note.writtenAt(),
                texts.ui(language, "brief.note", note.writtenBy()) + ": «" + note.note() + "»")));
        path.sort(Comparator.comparing(Step::at));
        path.forEach(step -> html.append("<li>").append(escape(WHEN.format(step.at()) + " " + step.text()))
                .append("</li>"));
        html.append("</ol>");
        if (!notes.isEmpty()) {
            html.append("<p class=\"text-muted\">").append(escape(texts.ui(language, "brief.notesLogged")))
                    .append("</p>");
        }
        html.append("</section>");
        if (registered.citizen() != null) {
            html.append(SHOW_CITIZEN_SCRIPT);
        }
        return html.toString();
    }

    /**
     * The citizen's identity is opened only when the staff member asks ("Vis innbygger"), each time logged as their
     * read (CitizenOfTask); a form script of Camunda's forms posts the request with Tasklist's CSRF token.
     */
    private void showCitizenOnRequest(StringBuilder html, String taskId, String language) {
        html.append("<dt>").append(escape(texts.ui(language, "brief.citizen"))).append("</dt><dd>")
                .append("<button type=\"button\" class=\"btn btn-default btn-xs samspill-show-citizen\" data-url=\"")
                .append(escape(CitizenOfTask.PATH.replace("{taskId}", taskId))).append("\" data-erased=\"")
                .append(escape(texts.ui(language, "brief.citizenErased"))).append("\">")
                .append(escape(texts.ui(language, "brief.showCitizen"))).append("</button> ")
                .append("<strong class=\"samspill-citizen\"></strong>")
                .append("<small class=\"text-muted\"> ").append(escape(texts.ui(language, "brief.showLogged")))
                .append("</small></dd>");
    }

    private List<Step> steps(List<? extends DomainEventMessage<?>> events, String language) {
        List<Step> steps = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            String text = null;
            if (payload instanceof InquiryRegistered) {
                text = texts.ui(language, "brief.registered");
            } else if (payload instanceof InquiryTaken taken) {
                text = texts.ui(language, "brief.taken", taken.staff().value());
            } else if (payload instanceof InquiryReferred referred) {
                text = texts.ui(language, "brief.referred",
                        texts.label(language, "competence", referred.fromCompetence().code()),
                        texts.label(language, "competence", referred.toCompetence().code()),
                        referred.referredBy().value());
            } else if (payload instanceof InquiryHandedOver handedOver) {
                text = texts.ui(language, "brief.handedOver", holder(handedOver.to()),
                        handedOver.handedOverBy().value());
            }
            if (text != null) {
                steps.add(new Step(event.getTimestamp(), text));
            }
        }
        return steps;
    }

    /** The route and why, e.g. "Til det andre stedet: tilbys ved Svelvik". */
    private String route(InquiryRouted routed, ServicePointId place, InquiryRegistered registered, String language) {
        String route = texts.label(language, "route", routed.route().code());
        if (routed.route() == Route.REFER_TO_OTHER_LOCATION) {
            String elsewhere = servicePoints.offeringElsewhere(place, registered.service())
                    .map(ServicePointSummary::name).orElse(null);
            if (elsewhere != null) {
                return route + ": " + texts.ui(language, "brief.offeredAt", elsewhere);
            }
        }
        String reason = routed.notHandledLocallyReason();
        return reason == null ? route : route + ": " + texts.label(language, "reason", reason);
    }

    private static String holder(Holder holder) {
        return holder == null ? "" : holder.id();
    }

    private static void row(StringBuilder html, String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
