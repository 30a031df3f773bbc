package no.samspill.core.partnership;

/**
 * One question of the partner screening (after the California Academy of Sciences' "How to say no", in Byg
 * partnerskaber!). A "no" to a required question stops the proposal.
 */
public record ScreeningQuestion(String code, String text, boolean required) {
}
