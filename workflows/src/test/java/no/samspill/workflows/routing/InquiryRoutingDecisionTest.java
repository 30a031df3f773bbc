package no.samspill.workflows.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import no.samspill.workflows.engine.ParsedFeelExpressions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of "Hvor skal henvendelsen?" (dmn/inquiry-routing.dmn), and which rule wins where several fit. */
class InquiryRoutingDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision routing;

    @BeforeAll
    static void parse() throws Exception {
        // FEEL as Samspill's process engine evaluates it: each expression parsed once, then evaluated many times
        dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .feelEngineFactory(new ParsedFeelExpressions()).buildEngine();
        try (InputStream table = InquiryRoutingDecisionTest.class.getResourceAsStream("/dmn/inquiry-routing.dmn")) {
            routing = dmn.parseDecision("inquiry-routing", table);
        }
    }

    @ParameterizedTest(name = "{0} / {1} / here={2} elsewhere={3} needs={4} → {5}")
    @CsvSource({
            // PAC-man: digital inquiries to the municipality never reach a library desk
            "pac-man,             digital,     true,  false, library,         route-out-digitally,     false, digital-handled-by-municipality",
            "pac-man,             case-system, true,  false, library,         route-out-digitally,     false, digital-handled-by-municipality",
            "pac-man,             digital,     false, false, library,         route-out-digitally,     false, digital-handled-by-municipality",
            // Hybrid: offered only at the other location
            "hybrid,              in-person,   false, true,  library,         refer-to-other-location, false, offered-at-other-location",
            // Not offered here (and, outside hybrid, wherever else it is offered)
            "hybrid,              in-person,   false, false, library,         refer-outside,           false, not-offered-locally",
            "total-collaboration, in-person,   false, true,  library,         refer-outside,           false, not-offered-locally",
            "total-collaboration, in-person,   false, false, tax-advisor,     refer-outside,           false, not-offered-locally",
            "one-door-in,         phone,       false, false, library,         refer-outside,           false, not-offered-locally",
            "pac-man,             in-person,   false, false, library,         refer-outside,           false, not-offered-locally",
            // Total collaboration: a named competence the generalists lack goes straight to the specialists
            "total-collaboration, in-person,   true,  false, tax-advisor,     refer-to-competence,     true,",
            "total-collaboration, case-system, true,  false, housing-advisor, refer-to-competence,     true,",
            // One door in: served at the service's own desk, whatever competence it needs
            "one-door-in,         in-person,   true,  false, library,         send-to-desk,            true,",
            "one-door-in,         in-person,   true,  false, tax-advisor,     send-to-desk,            true,",
            // Served here
            "total-collaboration, in-person,   true,  false, citizen-service, serve-here,              true,",
            "total-collaboration, digital,     true,  true,  shared,          serve-here,              true,",
            "total-collaboration, phone,       true,  false, generalist,      serve-here,              true,",
            "hybrid,              phone,       true,  true,  library,         serve-here,              true,",
            "hybrid,              in-person,   true,  false, tax-advisor,     serve-here,              true,",
            "pac-man,             in-person,   true,  false, library,         serve-here,              true,",
    })
    void routes(String model, String channel, boolean offeredHere, boolean offeredElsewhere, String neededCompetence,
                String route, boolean handledLocally, String reason) {
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(routing, Variables.createVariables()
                .putValue("model", model).putValue("channel", channel)
                .putValue("offeredHere", offeredHere).putValue("offeredElsewhere", offeredElsewhere)
                .putValue("neededCompetence", neededCompetence))
                .getSingleResult();

        assertThat(result.<String>getEntry("route")).isEqualTo(route);
        assertThat(result.<Boolean>getEntry("handledLocally")).isEqualTo(handledLocally);
        assertThat(result.getEntryMap().get("notHandledLocallyReason")).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource({"total-collaboration", "one-door-in", "hybrid", "pac-man"})
    void every_model_routes_every_channel(String model) {
        for (String channel : new String[] {"in-person", "phone", "digital", "case-system"}) {
            for (boolean here : new boolean[] {true, false}) {
                assertThat(dmn.evaluateDecisionTable(routing, Map.of("model", model, "channel", channel,
                        "offeredHere", here, "offeredElsewhere", false, "neededCompetence", "library"))
                        .getSingleResult()).isNotNull();
            }
        }
    }
}
