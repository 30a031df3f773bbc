package no.samspill.service.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samspill.core.servicepoint.ServicePointId;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.analytics.Measures.Fact;
import no.samspill.service.analytics.WhatIfEstimate.Estimate;
import no.samspill.service.analytics.WhatIfEstimate.Routed;
import no.samspill.workflows.inquiry.RoutingDecision;
import no.samspill.workflows.inquiry.RoutingDecision.Routing;
import no.samspill.workflows.inquiry.ServicePointDirectory;
import no.samspill.workflows.inquiry.ServicePointDirectory.ServicePointSummary;
import org.springframework.stereotype.Component;

/**
 * What if a service point ran another co-organisation model? Its own inquiries of a period go through the real
 * routing decision (dmn/inquiry-routing.dmn, with the inputs registration gives it, but the other model), and the
 * routes so found are weighed by how inquiries so routed fare where that model runs (WhatIfEstimate).
 */
@Component
public class WhatIfAnalysis {

    /** The answer: current figures beside the other model's expected ones. */
    public record WhatIf(String municipality, String servicePoint, String model, LocalDate from, LocalDate to,
                         long inquiries, Double currentFirstContactShare, Interval currentFirstContactInterval,
                         Map<String, Long> routes, Double notHandledLocallyShare, Interval notHandledLocallyInterval,
                         Estimate expected) {
    }

    private final AnalyticsQueries queries;
    private final ServicePointDirectory servicePoints;
    private final RoutingDecision routingDecision;

    public WhatIfAnalysis(AnalyticsQueries queries, ServicePointDirectory servicePoints,
                          RoutingDecision routingDecision) {
        this.queries = queries;
        this.servicePoints = servicePoints;
        this.routingDecision = routingDecision;
    }

    /**
     * Empty when the service point does not exist. {@code referenceMunicipalities}: where the other model's outcome
     * rates may be read (the caller's; null: all).
     */
    public Optional<WhatIf> ask(MunicipalityCode municipality, String servicePoint, CoOrganisationModel model,
                                LocalDate from, LocalDate to, Set<String> referenceMunicipalities) {
        Optional<ServicePointSummary> place = servicePoints.find(new ServicePointId(municipality, servicePoint));
        if (place.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> own = queries.factsAt(from, to, municipality.value(), servicePoint);
        Map<String, Routed> decided = new HashMap<>(); // one decision per service and channel
        List<Routed> routed = own.stream().map(fact -> decided.computeIfAbsent(fact.service() + "|" + fact.channel(),
                stratum -> route(place.get(), fact, model))).toList();
        Measures current = Measures.of(own);
        long notLocal = routed.stream().filter(inquiry -> !inquiry.handledLocally()).count();
        Estimate expected = WhatIfEstimate.of(routed,
                queries.factsOfModel(from, to, referenceMunicipalities, model.code()), model.code());
        return Optional.of(new WhatIf(municipality.value(), servicePoint, model.code(), from, to, own.size(),
                current.resolvedAtFirstContactShare(), current.resolvedAtFirstContactInterval(),
                WhatIfEstimate.routes(routed), Measures.share(notLocal, own.size()),
                Interval.share(notLocal, own.size()), expected));
    }

    /** The real routing decision for this inquiry's service and channel, under the other model. */
    Routed route(ServicePointSummary place, Fact fact, CoOrganisationModel model) {
        Routing routing = routingDecision.route(place, ServiceCode.fromCode(fact.service()),
                Channel.fromCode(fact.channel()), model);
        return new Routed(fact.service(), fact.channel(), routing.route().code(), routing.handledLocally());
    }
}
