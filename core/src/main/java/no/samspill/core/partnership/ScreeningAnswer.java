package no.samspill.core.partnership;

/** The answer to one screening question, by the question's code. */
public record ScreeningAnswer(String question, boolean yes) {
}
