package no.samspill.workflows.routing;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import no.samspill.workflows.engine.ParsedFeelExpressions;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * CPU time of one evaluation of the routing decision (dmn/inquiry-routing.dmn, as a registration evaluates it),
 * with Camunda's FEEL engine as it comes and with {@link ParsedFeelExpressions}, in one JVM, rounds taken in turn so
 * that the machine's drift hits both alike. Run by bench/routing-decision.sh; prints microseconds per evaluation.
 */
public final class RoutingDecisionBenchmark {

    private static final int EVALUATIONS_PER_ROUND = 5_000;
    private static final int ROUNDS = Integer.getInteger("rounds", 6);

    private record Engine(String name, DmnEngine dmn, DmnDecision routing) {
        static Engine of(String name, DefaultDmnEngineConfiguration configuration) throws Exception {
            DmnEngine dmn = configuration.buildEngine();
            try (InputStream table = RoutingDecisionBenchmark.class.getResourceAsStream("/dmn/inquiry-routing.dmn")) {
                return new Engine(name, dmn, dmn.parseDecision("inquiry-routing", table));
            }
        }

        /** CPU nanoseconds per evaluation over one round. */
        double round(List<Map<String, Object>> inputs) {
            long before = cpuNanos();
            int routed = 0;
            for (int n = 0; n < EVALUATIONS_PER_ROUND; n++) {
                routed += dmn.evaluateDecisionTable(routing, inputs.get(n % inputs.size())).size();
            }
            if (routed != EVALUATIONS_PER_ROUND) {
                throw new IllegalStateException(name + ": every input must match one rule, " + routed + " did");
            }
            return (cpuNanos() - before) / (double) EVALUATIONS_PER_ROUND;
        }
    }

    private RoutingDecisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Engine asItComes = Engine.of("Camunda's FEEL engine",
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
        Engine parsedOnce = Engine.of("ParsedFeelExpressions",
                ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                        .feelEngineFactory(new ParsedFeelExpressions()));
        List<Map<String, Object>> inputs = List.of(
                inputs("total-collaboration", "in-person", true, "citizen-service"),
                inputs("total-collaboration", "case-system", true, "tax-advisor"),
                inputs("one-door-in", "phone", true, "library"),
                inputs("hybrid", "in-person", false, "library"),
                inputs("pac-man", "digital", true, "library"));
        for (Engine engine : List.of(asItComes, parsedOnce)) {
            engine.round(inputs); // warm-up: the JIT compiles both paths before anything is counted
            engine.round(inputs);
        }
        double[] sums = new double[2];
        for (int round = 0; round < ROUNDS; round++) {
            sums[0] += asItComes.round(inputs);
            sums[1] += parsedOnce.round(inputs);
        }
        System.out.printf("RESULT routing decision, CPU per evaluation (%d rounds of %d): %s %.1f µs, %s %.1f µs%n",
                ROUNDS, EVALUATIONS_PER_ROUND, asItComes.name(), sums[0] / ROUNDS / 1000, parsedOnce.name(),
                sums[1] / ROUNDS / 1000);
    }

    private static Map<String, Object> inputs(String model, String channel, boolean offeredHere, String competence) {
        return Map.of("model", model, "channel", channel, "offeredHere", offeredHere, "offeredElsewhere", false,
                "neededCompetence", competence);
    }

    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
