package no.samspill.workflows.partnership;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.partnership.ScreeningQuestion;

/**
 * The library's fixed list of screening questions. The default is the one of Byg partnerskaber! (after the
 * California Academy of Sciences' "How to say no"); a deployment may configure its own. Each question is answered in
 * the screening task's form by the boolean field named after its code in camel case ({@link #fieldOf}).
 */
public record ScreeningQuestionnaire(List<ScreeningQuestion> questions) {

    public static final ScreeningQuestionnaire HOW_TO_SAY_NO = new ScreeningQuestionnaire(List.of(
            new ScreeningQuestion("mission-fit", "Støtter samarbeidet bibliotekets mål og strategi?", true),
            new ScreeningQuestion("internal-motivation", "Er det motivasjon og engasjement for det internt?", true),
            new ScreeningQuestion("measurable-lasting-results", "Blir resultatene målbare og varige?", true),
            new ScreeningQuestion("audience-reach", "Når biblioteket flere brukere og en bredere kontaktflate?", false),
            new ScreeningQuestion("audience-needs", "Møter det brukernes behov?", false),
            new ScreeningQuestion("capacity-and-funding", "Har biblioteket kapasitet og finansiering til det?", true)));

    private static final Pattern HYPHENATED = Pattern.compile("-([a-z])");

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
