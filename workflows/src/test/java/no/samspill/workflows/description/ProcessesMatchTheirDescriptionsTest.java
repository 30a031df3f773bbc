package no.samspill.workflows.description;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.ProcessVariable;
import no.samspill.workflows.inquiry.InquiryProcess;
import no.samspill.workflows.inquiry.InquirySteps;
import no.samspill.workflows.inquiry.InquiryVariables;
import no.samspill.workflows.libraryplan.LibraryPlanProcess;
import no.samspill.workflows.libraryplan.LibraryPlanSteps;
import no.samspill.workflows.network.NetworkContactProcess;
import no.samspill.workflows.network.NetworkContactSteps;
import no.samspill.workflows.partnership.PartnershipProcess;
import no.samspill.workflows.partnership.PartnershipSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN agrees with its process's description in workflows (ProcessDescription): a variable, task, message,
 * gateway value or form choice renamed in one place only is found here, not by a flow that stops at run time.
 */
class ProcessesMatchTheirDescriptionsTest {

    /** The step names the processes' expressions can reach (their dependencies do not matter for the names). */
    private static final Set<String> INQUIRY_STEPS = InquirySteps.byName(null, null, null, null).keySet();
    private static final Set<String> PLAN_STEPS = LibraryPlanSteps.byName(null, null).keySet();
    private static final Set<String> PARTNERSHIP_STEPS = PartnershipSteps.byName(null, null).keySet();
    private static final Set<String> NETWORK_STEPS = NetworkContactSteps.byName(null, null).keySet();

    static Stream<Arguments> processes() {
        return Stream.of(
                Arguments.of("inquiry-total-collaboration.bpmn", InquiryProcess.TOTAL_COLLABORATION, INQUIRY_STEPS),
                Arguments.of("inquiry-one-door-in.bpmn", InquiryProcess.ONE_DOOR_IN, INQUIRY_STEPS),
                Arguments.of("inquiry-hybrid.bpmn", InquiryProcess.HYBRID, INQUIRY_STEPS),
                Arguments.of("inquiry-pac-man.bpmn", InquiryProcess.PAC_MAN, INQUIRY_STEPS),
                Arguments.of("library-plan.bpmn", LibraryPlanProcess.LIBRARY_PLAN, PLAN_STEPS),
                Arguments.of("consultation-answer.bpmn", LibraryPlanProcess.CONSULTATION_ANSWER, PLAN_STEPS),
                Arguments.of("consultation-reminder.bpmn", LibraryPlanProcess.CONSULTATION_REMINDER, PLAN_STEPS),
                Arguments.of("partnership.bpmn", PartnershipProcess.PARTNERSHIP, PARTNERSHIP_STEPS),
                Arguments.of("network-contact.bpmn", NetworkContactProcess.NETWORK_CONTACT, NETWORK_STEPS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processes")
    void the_bpmn_agrees_with_its_description(String file, ProcessDescription description, Set<String> steps) {
        assertThat(BpmnAgainstDescription.problems(bpmn(file), description, steps)).isEmpty();
    }

    @Test
    void every_process_definition_is_described() {
        assertThat(processes().map(arguments -> arguments.get()[0])).containsExactlyInAnyOrder(
                "inquiry-total-collaboration.bpmn", "inquiry-one-door-in.bpmn", "inquiry-hybrid.bpmn",
                "inquiry-pac-man.bpmn", "library-plan.bpmn", "consultation-answer.bpmn", "partnership.bpmn",
                "network-contact.bpmn", "consultation-reminder.bpmn");
    }

    @Test
    void an_outcome_renamed_in_the_gateway_only_is_found() {
        String renamed = bpmn("inquiry-total-collaboration.bpmn")
                .replace("${outcome == 'referred'}", "${outcome == 'henvist'}");

        assertThat(BpmnAgainstDescription.problems(renamed, InquiryProcess.TOTAL_COLLABORATION, INQUIRY_STEPS))
                .singleElement().asString().contains("'henvist' is not a value of outcome");
    }

    @Test
    void an_outcome_renamed_in_the_form_only_is_found_in_its_choice_and_in_the_fields_it_shows() {
        String renamed = bpmn("inquiry-total-collaboration.bpmn")
                .replace("<camunda:value id=\"referred\"", "<camunda:value id=\"henvist\"")
                .replace("value=\"outcome=referred\"", "value=\"outcome=henvist\"");

        assertThat(BpmnAgainstDescription.problems(renamed, InquiryProcess.TOTAL_COLLABORATION, INQUIRY_STEPS))
                .isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("'henvist' is not a value of outcome"))
                .anySatisfy(problem -> assertThat(problem).contains("its choice"))
                .anySatisfy(problem -> assertThat(problem).contains("shownWhen"));
    }

    @Test
    void an_outcome_renamed_in_the_code_only_is_found_wherever_the_bpmn_uses_it() {
        ProcessVariable renamedOutcome = ProcessVariable.code(InquiryVariables.OUTCOME,
                List.of("resolved", "henvist", "abandoned", "handed-over", "sent-to-desk"));
        ProcessDescription described = InquiryProcess.TOTAL_COLLABORATION;
        Map<String, ProcessVariable> variables = new java.util.HashMap<>(described.variables());
        variables.put(InquiryVariables.OUTCOME, renamedOutcome);
        ProcessDescription renamed = new ProcessDescription(described.processKey(), described.userTasks(),
                described.messages(), variables);

        assertThat(BpmnAgainstDescription.problems(bpmn("inquiry-total-collaboration.bpmn"), renamed, INQUIRY_STEPS))
                .anySatisfy(problem -> assertThat(problem).contains("${outcome == 'referred'}"))
                .anySatisfy(problem -> assertThat(problem).contains("form field 'outcome', its choice"));
    }

    @Test
    void a_variable_a_decision_field_a_step_or_a_task_unknown_to_the_code_is_found() {
        String changed = bpmn("inquiry-total-collaboration.bpmn")
                .replace("${generalistGroup}", "${generalistsGroup}")
                .replace("${routing.route == 'serve-here'}", "${routing.rute == 'serve-here'}")
                .replace("${resolveInquiryDelegate}", "${resolveDelegate}")
                .replace("\"handleReferral\"", "\"handleTheReferral\"");

        assertThat(BpmnAgainstDescription.problems(changed, InquiryProcess.TOTAL_COLLABORATION, INQUIRY_STEPS))
                .anySatisfy(problem -> assertThat(problem).contains("'generalistsGroup' is not a variable"))
                .anySatisfy(problem -> assertThat(problem).contains("'rute' is not a field of routing"))
                .anySatisfy(problem -> assertThat(problem).contains("'resolveDelegate' is not a variable"))
                .anySatisfy(problem -> assertThat(problem).contains("user tasks differ"));
    }

    private static String bpmn(String file) {
        try (InputStream in = ProcessesMatchTheirDescriptionsTest.class.getResourceAsStream("/bpmn/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
