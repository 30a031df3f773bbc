package no.samspill.workflows.inquiry;

import java.util.HashMap;
import java.util.Map;
import no.samspill.core.inquiry.InquiryId;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.engine.Actors;
import no.samspill.workflows.engine.RefusedInput;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/** Starts an inquiry's process: one process definition per co-organisation model, keyed {@code inquiry-<model>}. */
public class InquiryProcesses {

    private final InquiryRegistration registration;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;

    public InquiryProcesses(InquiryRegistration registration, RuntimeService runtimeService,
                            RepositoryService repositoryService) {
        this.registration = registration;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
    }

    /** The message a PAC-man process waits for while the municipality's case system handles a digital inquiry. */
    public static final String CASE_SYSTEM_ANSWER = "caseSystemAnswer";

    /** Every inquiry process ends at once on this message, whatever it waits for (an event subprocess). */
    public static final String WITHDRAWAL = "inquiryWithdrawal";

    public static String processKeyFor(CoOrganisationModel model) {
        return InquiryProcess.processKeyFor(model);
    }

    /**
     * The municipality's case system answers a digital inquiry that PAC-man routed out to it: the waiting process
     * records the answer as the inquiry's resolution, by that client. Found by its id within the municipality only.
     */
    public void answerFromCaseSystem(MunicipalityCode municipality, InquiryId inquiryId, String clientId) {
        try {
            runtimeService.createMessageCorrelation(CASE_SYSTEM_ANSWER)
                    .processInstanceBusinessKey(inquiryId.value()).tenantId(municipality.value())
                    .setVariable(Actors.HANDLED_BY, clientId)
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new RefusedInput("inquiry", "the inquiry is not waiting for an answer from the case system");
        }
    }

    /**
     * The case system withdraws an inquiry still open in Samspill: its process ends where it is (its open task goes
     * with it) and records InquiryWithdrawn, by that client, in this transaction.
     */
    public void withdraw(MunicipalityCode municipality, InquiryId inquiryId, WithdrawalReason reason,
                         String clientId) {
        try {
            runtimeService.createMessageCorrelation(WITHDRAWAL)
                    .processInstanceBusinessKey(inquiryId.value()).tenantId(municipality.value())
                    .setVariable(Actors.HANDLED_BY, clientId)
                    .setVariable(InquiryVariables.WITHDRAWAL_REASON, reason.code())
                    .correlate();
        } catch (MismatchingMessageCorrelationException ended) {
            throw new RefusedInput("inquiry", "the inquiry is no longer open in Samspill");
        }
    }

    /**
     * Checks the request, then starts the process of the service point's model. The process's first step
     * registers the inquiry in the same transaction, so either both exist or neither does.
     */
    public InquiryId start(Request request) {
        ServicePointSummary servicePoint = registration.servicePointOf(request);
        String processKey = processKeyFor(servicePoint.model());
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey).count() == 0) {
            throw new RefusedInput(InquiryVariables.SERVICE_POINT, "service point '" + request.servicePoint()
                    + "' runs under model '" + servicePoint.model().code() + "', which has no process yet");
        }
        InquiryId inquiryId = InquiryId.generate();
        Map<String, Object> variables = new HashMap<>();
        variables.put(InquiryVariables.MUNICIPALITY, request.municipality().value());
        variables.put(InquiryVariables.SERVICE_POINT, request.servicePoint());
        variables.put(InquiryVariables.CHANNEL, request.channel().code());
        variables.put(InquiryVariables.SERVICE, request.service().code());
        if (request.externalReference() != null) {
            variables.put(InquiryVariables.EXTERNAL_REFERENCE, request.externalReference());
        }
        if (request.desk() != null) {
            variables.put(InquiryVariables.DESK, request.desk());
        }
        if (request.citizen() != null) {
            variables.put(InquiryVariables.CITIZEN, request.citizen().value());
        }
        runtimeService.startProcessInstanceByKey(processKey, inquiryId.value(), variables);
        return inquiryId;
    }
}
