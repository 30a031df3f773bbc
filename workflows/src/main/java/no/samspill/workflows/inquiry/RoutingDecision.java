package no.samspill.workflows.inquiry;

import java.util.HashMap;
import java.util.Map;
import no.samspill.core.inquiry.Route;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.ServiceCode;
import no.samspill.workflows.inquiry.InquiryRegistration.Request;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;

/**
 * The inquiry processes' routing decision (dmn/inquiry-routing.dmn) asked outside a process, with the inputs
 * registration gives it: for the what-if analysis (another model at the same service point) and for the simulated
 * history (so a simulated inquiry is routed exactly as a real one would be).
 */
public class RoutingDecision {

    /** The decision's key, as the inquiry processes call it. */
    public static final String KEY = "inquiry-routing";
    /** The decision's outputs, the fields of the processes' {@code routing} variable. */
    public static final String ROUTE = "route";
    public static final String HANDLED_LOCALLY = "handledLocally";
    public static final String NOT_HANDLED_LOCALLY_REASON = "notHandledLocallyReason";

    /** What the decision found. {@code notHandledLocallyReason} is null when handled locally. */
    public record Routing(Route route, boolean handledLocally, String notHandledLocallyReason) {
    }

    private final DecisionService decisions;
    private final InquiryRegistration registration;

    public RoutingDecision(DecisionService decisions, InquiryRegistration registration) {
        this.decisions = decisions;
        this.registration = registration;
    }

    /** The route of an inquiry about {@code service} by {@code channel} at {@code place}, were it run by {@code model}. */
    public Routing route(ServicePointSummary place, ServiceCode service, Channel channel, CoOrganisationModel model) {
        Request request = new Request(place.id().municipality(), place.id().code(), channel, service, null, null,
                null);
        Map<String, Object> inputs = new HashMap<>(registration.routingInputs(request, place));
        inputs.put(InquiryVariables.MODEL, model.code());
        inputs.put(InquiryVariables.CHANNEL, channel.code());
        DmnDecisionRuleResult decision = decisions.evaluateDecisionTableByKey(KEY, inputs).getSingleResult();
        // An empty output cell leaves the entry out altogether (getEntry would throw)
        Object reason = decision.getEntryMap().get(NOT_HANDLED_LOCALLY_REASON);
        return new Routing(Route.fromCode(decision.getEntry(ROUTE)),
                Boolean.TRUE.equals(decision.getEntry(HANDLED_LOCALLY)), reason == null ? null : reason.toString());
    }
}
