package no.samspill.workflows.engine;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine (FEEL-Scala) parses every input expression and every rule's test of a decision table on
 * every evaluation: about a tenth of a registration's CPU went to parsing the routing table again (ADR 0009). This
 * gives the decision engine the same FEEL engine, configured as Camunda configures it, with each expression's text
 * parsed once. A parsed expression is an immutable syntax tree, safe to evaluate on many threads; a table's texts
 * change only with a new deployment, whose new texts are parsed on first use.
 */
public final class ParsedFeelExpressions extends ScalaFeelEngineFactory {

    /** More distinct texts than any set of deployed tables holds: beyond it the cache starts afresh. */
    static final int MOST_KEPT = 10_000;

    /**
     * Makes the process engine's decisions use it. Custom FEEL functions set on the process engine would not reach
     * it (Samspill has none): give them to this factory's {@code setCustomFunctionProviders} too.
     */
    public static void install(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration decisions = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        decisions.setFeelEngineFactory(new ParsedFeelExpressions());
        configuration.setDmnEngineConfiguration(decisions);
    }

    @Override
    public org.camunda.bpm.dmn.feel.impl.FeelEngine createInstance() {
        return new ScalaFeelEngine(customFunctionProviders) {
            @Override
            protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, CompositeValueMapper values) {
                return new ParsingOnce(super.buildFeelEngine(functions, values));
            }
        };
    }

    /** Camunda's FEEL engine with the same functions, values and settings, keeping what it parsed. */
    static final class ParsingOnce extends FeelEngine {

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        ParsingOnce(FeelEngine configured) {
            super(configured.functionProvider(), configured.valueMapper(), configured.configuration(),
                    configured.clock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return kept(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return kept(unaryTests, expression, super::parseUnaryTests);
        }

        int kept() {
            return expressions.size() + unaryTests.size();
        }

        private static Either<Failure, ParsedExpression> kept(Map<String, Either<Failure, ParsedExpression>> parsed,
                                                              String text,
                                                              Function<String, Either<Failure, ParsedExpression>> parse) {
            if (parsed.size() >= MOST_KEPT) {
                parsed.clear();
            }
            return parsed.computeIfAbsent(text, parse);
        }
    }
}
