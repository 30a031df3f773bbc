package no.samspill.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.samspill.workflows.engine.ParsedFeelExpressions.ParsingOnce;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

class ParsedFeelExpressionsTest {

    private final ParsingOnce feel = new ParsingOnce(new FeelEngine.Builder().enableExternalFunctions(false).build());

    @Test
    void an_expression_is_parsed_once_and_evaluated_each_time_with_its_own_variables() {
        assertThat(feel.parseExpression("offeredHere and not(offeredElsewhere)"))
                .isSameAs(feel.parseExpression("offeredHere and not(offeredElsewhere)"));
        assertThat(feel.parseUnaryTests("\"pac-man\",\"hybrid\"")).isSameAs(feel.parseUnaryTests("\"pac-man\",\"hybrid\""));

        assertThat(feel.evalExpression("a + 1", Map.<String, Object>of("a", 1)).toOption().get()).isEqualTo(2L);
        assertThat(feel.evalExpression("a + 1", Map.<String, Object>of("a", 41)).toOption().get()).isEqualTo(42L);
        assertThat(feel.kept()).isEqualTo(3);
        var decisionsFeel = new ParsedFeelExpressions().createInstance();
        for (int evaluation = 0; evaluation < 3; evaluation++) {
            assertThat(decisionsFeel.evaluateSimpleUnaryTests("\"pac-man\",\"hybrid\"", "model",
                    Variables.createVariables().putValue("model", "hybrid").asVariableContext())).isTrue();
            assertThat(decisionsFeel.evaluateSimpleUnaryTests("\"pac-man\",\"hybrid\"", "model",
                    Variables.createVariables().putValue("model", "one-door-in").asVariableContext())).isFalse();
        }
    }

    @Test
    void an_expression_that_does_not_parse_fails_as_it_would_without_the_cache() {
        assertThat(feel.evalExpression("a +", Map.<String, Object>of("a", 1)).isLeft()).isTrue();
        assertThat(feel.evalExpression("a +", Map.<String, Object>of("a", 1)).swap().toOption().get().message())
                .contains("a +");
    }

    @Test
    void beyond_the_most_it_keeps_it_starts_afresh() {
        for (int n = 0; n <= ParsedFeelExpressions.MOST_KEPT; n++) {
            feel.parseExpression("x + " + n);
        }
        assertThat(feel.kept()).isEqualTo(1);
        assertThat(feel.evalExpression("x + 5", Map.<String, Object>of("x", 1)).toOption().get()).isEqualTo(6L);
    }

    @Test
    void the_process_engine_evaluates_its_decisions_with_it() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        ParsedFeelExpressions.install(configuration);

        DefaultDmnEngineConfiguration decisions = configuration.getDmnEngineConfiguration();
        assertThat(decisions.getFeelEngineFactory()).isInstanceOf(ParsedFeelExpressions.class);
        assertThat(decisions.getFeelEngineFactory().createInstance()
                .evaluateSimpleUnaryTests("\"in-person\"", "channel",
                        Variables.createVariables().putValue("channel", "in-person").asVariableContext()))
                .isTrue();
    }
}
