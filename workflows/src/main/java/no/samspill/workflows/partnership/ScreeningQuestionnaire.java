package no.samspill.workflows.partnership;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.partnership.ScreeningQuestion;

/**
 * One library's screening questions, each marked whether a "no" to it stops the proposal. Each question is answered
 * in the screening task's form by the yes/no field named after its code in camel case ({@link #fieldOf}); the form's
 * fields are the questionnaire's (ScreeningForm), so the BPMN names none of them.
 */
public record ScreeningQuestionnaire(List<ScreeningQuestion> questions) {

    private static final Pattern HYPHENATED = Pattern.compile("-([a-z0-9])");

    public ScreeningQuestionnaire {
        questions = List.copyOf(questions);
    }

    /** The form field (and process variable) that answers the question: "mission-fit" → "missionFit". */
    public static String fieldOf(String code) {
        Matcher matcher = HYPHENATED.matcher(code);
        StringBuilder field = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(field, matcher.group(1).toUpperCase());
        }
        return matcher.appendTail(field).toString();
    }
}
