package no.samspill.workflows.inquiry;

import java.util.Map;
import no.samspill.core.citizen.CitizenRef;
import no.samspill.core.inquiry.InquiryCommands.RegisterInquiry;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.engine.CommandSender;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;

/**
 * Registering an inquiry, whether a case system calls the API or staff start the process in Tasklist: the same
 * checks, then the same command.
 */
public class InquiryRegistration {

    private final ServicePointDirectory servicePoints;
    private final CommandSender commands;

    public InquiryRegistration(ServicePointDirectory servicePoints, CommandSender commands) {
        this.servicePoints = servicePoints;
        this.commands = commands;
    }

    /**
     * {@code desk}: the desk the citizen came to, where the service point has no shared desk (optional);
     * {@code citizen}: the citizen's pseudonym, where the case system named the citizen (optional).
     */
    public record Request(MunicipalityCode municipality, String servicePoint, Channel channel, ServiceCode service,
                          String externalReference, String desk, CitizenRef citizen) {
    }

    /** The service point the request names, or a refusal naming the field. */
    public ServicePointSummary servicePointOf(Request request) {
        ServicePointId id;
        try {
            id = new ServicePointId(request.municipality(), request.servicePoint());
        } catch (IllegalArgumentException invalid) {
            throw new RefusedInput(InquiryVariables.SERVICE_POINT, invalid.getMessage(), invalid);
        }
        return servicePoints.require(id);
    }

    /** The routing decision's inputs: the model in force, where the service is offered and what it needs. */
    public Map<String, Object> routingInputs(Request request, ServicePointSummary servicePoint) {
        return Map.of(InquiryVariables.MODEL, servicePoint.model().code(),
                InquiryVariables.OFFERED_HERE, servicePoint.offers(request.service()),
                InquiryVariables.NEEDED_COMPETENCE, servicePoint.competenceFor(request.service()).code(),
                InquiryVariables.OFFERED_ELSEWHERE,
                servicePoints.offeringElsewhere(servicePoint.id(), request.service()).isPresent());
    }

    public void register(InquiryId inquiryId, Request request, ServicePointSummary servicePoint) {
        commands.send(new RegisterInquiry(inquiryId, request.municipality(), request.servicePoint(),
                servicePoint.model(), request.channel(), request.service(), request.externalReference(),
                request.citizen()));
    }
}
