package no.samspill.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN file is read by people in Cockpit and the Modeler: one process per file, each element named and drawn,
 * and the engine's required history time to live set.
 */
class ModelReadabilityTest {

    static Stream<Path> bpmnFiles() throws IOException {
        return Files.walk(Path.of("src/main/resources/bpmn")).filter(path -> path.toString().endsWith(".bpmn"));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void one_named_process_per_file_with_a_history_time_to_live(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        assertThat(processes).hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.getName()).isNotBlank();
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_flow_node_has_a_name_and_a_shape(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        List<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).toList();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            assertThat(drawn).as("shape of %s", node.getId()).contains(node.getId());
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void every_flow_is_drawn_and_every_condition_is_named(Path file) throws IOException {
        BpmnModelInstance model = read(file);
        List<String> drawn = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(drawn).as("edge of %s", flow.getId()).contains(flow.getId());
            ConditionExpression condition = flow.getConditionExpression();
            if (condition != null) {
                assertThat(flow.getName()).as("name of conditional flow %s", flow.getId()).isNotBlank();
            }
        }
    }

    private static BpmnModelInstance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }
}
