package no.samspill.workflows.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.partnership.ScreeningQuestion;
import no.samspill.core.shared.MunicipalityCode;
import no.samspill.workflows.language.SamspillTexts;
import no.samspill.workflows.language.StaffLanguage;

/**
 * Every library's screening, from configuration alone: the fourteen questions of "How to Say No" (Byg
 * partnerskaber!, after the California Academy of Sciences), any questions a deployment adds, and, per library,
 * which of them a "no" stops a proposal at (where a library names none, the questions' own marks hold). Every library
 * asks every question; the form's fields follow (ScreeningForm), so adding or re-marking a question edits no BPMN.
 */
public final class ScreeningQuestionnaires {

    /** The fourteen questions in the seed's order, and whether a "no" stops a proposal unless a library says so. */
    private static final Map<String, Boolean> HOW_TO_SAY_NO = howToSayNoMarks();

    private static final String CODE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

    private final List<ScreeningQuestion> questions;
    private final Map<String, Set<String>> requiredByLibrary;

    /**
     * {@code added}: questions beyond the fourteen (code, bokmål or the library's own text, whether a no stops);
     * {@code requiredByLibrary}: per municipality code, exactly the question codes a "no" stops a proposal at.
     */
    public ScreeningQuestionnaires(List<ScreeningQuestion> added, Map<String, ? extends Set<String>> requiredByLibrary) {
        SamspillTexts texts = SamspillTexts.load();
        List<ScreeningQuestion> all = new ArrayList<>();
        HOW_TO_SAY_NO.forEach((code, required) -> all.add(new ScreeningQuestion(code,
                texts.ui(StaffLanguage.BOKMAL, "screening." + code), required)));
        Set<String> codes = new LinkedHashSet<>(HOW_TO_SAY_NO.keySet());
        Set<String> fields = new LinkedHashSet<>();
        codes.forEach(code -> fields.add(ScreeningQuestionnaire.fieldOf(code)));
        for (ScreeningQuestion question : added) {
            require(question.code() != null && question.code().matches(CODE), "an added screening question's code "
                    + "is lower case words joined by hyphens, not '" + question.code() + "'");
            require(question.text() != null && !question.text().isBlank() && question.text().length() <= 300,
                    "screening question '" + question.code() + "' needs a text of at most 300 characters");
            require(codes.add(question.code()), "screening question '" + question.code() + "' is there already");
            String field = ScreeningQuestionnaire.fieldOf(question.code());
            require(fields.add(field) && PartnershipProcess.PARTNERSHIP.variable(field).isEmpty(),
                    "screening question '" + question.code() + "' would answer in '" + field
                            + "', which the partnership process already uses");
            all.add(new ScreeningQuestion(question.code(), question.text().strip(), question.required()));
        }
        Map<String, Set<String>> byLibrary = new LinkedHashMap<>();
        requiredByLibrary.forEach((library, required) -> {
            new MunicipalityCode(library);
            Set<String> unknown = new LinkedHashSet<>(required);
            unknown.removeAll(codes);
            require(unknown.isEmpty(), "the screening of " + library + " requires " + unknown
                    + ", which are not screening questions");
            byLibrary.put(library, Set.copyOf(required));
        });
        this.questions = List.copyOf(all);
        this.requiredByLibrary = Map.copyOf(byLibrary);
    }

    /** The fourteen questions with their own marks, for every library. */
    public static ScreeningQuestionnaires howToSayNo() {
        return new ScreeningQuestionnaires(List.of(), Map.of());
    }

    /** The library's questionnaire: every question, marked as the library marks it. */
    public ScreeningQuestionnaire of(MunicipalityCode library) {
        Set<String> required = library == null ? null : requiredByLibrary.get(library.value());
        return new ScreeningQuestionnaire(questions.stream().map(question -> required == null ? question
                : new ScreeningQuestion(question.code(), question.text(), required.contains(question.code())))
                .toList());
    }

    /** The fourteen questions' codes, in the seed's order. */
    public static Set<String> howToSayNoCodes() {
        return HOW_TO_SAY_NO.keySet();
    }

    /** Every question's code, whatever the library. */
    public List<String> codes() {
        return questions.stream().map(ScreeningQuestion::code).toList();
    }

    private static Map<String, Boolean> howToSayNoMarks() {
        Map<String, Boolean> questions = new LinkedHashMap<>();
        questions.put("mission-fit", true);
        questions.put("internal-motivation", true);
        questions.put("department-goals", false);
        questions.put("partnership-portfolio", false);
        questions.put("growth-and-replication", false);
        questions.put("measurable-lasting-results", true);
        questions.put("audience-reach", false);
        questions.put("audience-needs", false);
        questions.put("exceptional-partnership", false);
        questions.put("leading-position", false);
        questions.put("learning", false);
        questions.put("staff-development", false);
        questions.put("capacity", true);
        questions.put("funding", true);
        return questions;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
