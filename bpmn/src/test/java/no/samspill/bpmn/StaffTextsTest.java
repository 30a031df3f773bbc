package no.samspill.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every staff-facing text of every process (task names, form labels, choices) and decision (name, column labels,
 * rule descriptions), written in bokmål in the BPMN, and every text code shows staff (texts/ui.json), has
 * its nynorsk and Danish text in texts/nn.json and texts/da.json, and those files hold nothing stale.
 */
class StaffTextsTest {

    static Set<String> bokmalTexts() throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/bpmn"))) {
            files = walk.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
        }
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            model.getModelElementsByType(UserTask.class).forEach(task -> texts.add(task.getName()));
            for (CamundaFormField field : model.getModelElementsByType(CamundaFormField.class)) {
                texts.add(field.getCamundaLabel());
                field.getCamundaValues().stream().map(CamundaValue::getCamundaName).forEach(texts::add);
            }
        }
        try (Stream<Path> walk = Files.walk(Path.of("src/main/resources/dmn"))) {
            files = walk.filter(path -> path.toString().endsWith(".dmn")).sorted().toList();
        }
        for (Path file : files) {
            texts.addAll(decisionLabels(Dmn.readModelFromFile(file.toFile())));
        }
        // The texts code shows staff (the task's briefing, form chrome, codes' labels): texts/ui.json, key → bokmål
        texts.addAll(new ObjectMapper().readValue(Path.of("src/main/resources/texts/ui.json").toFile(),
                new TypeReference<Map<String, String>>() { }).values());
        texts.remove(null);
        return texts;
    }

    /** What Cockpit shows of a decision table: its name, its columns' labels and its rules' descriptions. */
    private static List<String> decisionLabels(DmnModelInstance model) {
        List<String> labels = new ArrayList<>();
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            labels.add(decision.getName());
        }
        model.getModelElementsByType(Input.class).forEach(input -> labels.add(input.getLabel()));
        model.getModelElementsByType(Output.class).forEach(output -> labels.add(output.getLabel()));
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            if (rule.getDescription() != null) {
                labels.add(rule.getDescription().getTextContent());
            }
        }
        return labels;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nn", "da"})
    void every_text_of_every_process_is_translated_and_none_is_stale(String language) throws IOException {
        Map<String, String> translations = new ObjectMapper().readValue(
                Path.of("src/main/resources/texts/" + language + ".json").toFile(),
                new TypeReference<Map<String, String>>() { });
        Set<String> texts = bokmalTexts();

        assertThat(translations.keySet()).as("texts without a translation, or translations of no text")
                .containsExactlyInAnyOrderElementsOf(texts);
        assertThat(translations.values()).allSatisfy(text -> assertThat(text).isNotBlank());
    }
}
