package no.samspill.workflows.partnership;

import static no.samspill.workflows.engine.ProcessVariable.code;
import static no.samspill.workflows.engine.ProcessVariable.date;
import static no.samspill.workflows.engine.ProcessVariable.number;
import static no.samspill.workflows.engine.ProcessVariable.text;
import static no.samspill.workflows.engine.ProcessVariable.yesNo;
import static no.samspill.workflows.partnership.PartnershipVariables.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.RelationKind;
import no.samspill.workflows.engine.ProcessDescription;
import no.samspill.workflows.engine.ProcessVariable;
import no.samspill.workflows.engine.TaskCards;

/** The partnership process as the code knows it: its steps' tasks, the ending message and its variables. */
public final class PartnershipProcess {

    public static final ProcessDescription PARTNERSHIP = ProcessDescription.of(Partnerships.PROCESS_KEY,
            Arrays.stream(Partnerships.Step.values()).map(Partnerships.Step::taskKey)
                    .collect(java.util.stream.Collectors.toSet()),
            Set.of(Partnerships.ENDING, Partnerships.FALLING_BACK), variables());

    private PartnershipProcess() {
    }

    private static List<ProcessVariable> variables() {
        List<ProcessVariable> variables = new ArrayList<>(List.of(
                text(MUNICIPALITY), text(PARTNERSHIP_GROUP), text(PARTNER),
                code(SECTOR, PartnerSector.class),
                // a proposal is a network or a collaboration; the agreement makes it a partnership
                code(RELATION, RelationKind.NETWORK, RelationKind.COLLABORATION),
                text(PURPOSE), text(PROPOSED_BY), yesNo(PASSED_SCREENING), code(AGREEMENT_KIND, AgreementKind.class),
                date(ENDS_ON), text(CONDITIONS), text(EXPECTATIONS), text(ROLES),
                text(RESULTS), number(EVALUATION_INTERVAL_MONTHS), date(EVALUATION_DUE_AT), date(EVALUATION_LATE_AT),
                yesNo(SERVES_STRATEGY), text(SUMMARY), code(CONTINUATION, Continuation.class),
                code(END_REASON, EndReason.class), text(END_EXPLANATION), text(TaskCards.PARTNER_NAME)));
        // the form's yes/no answers to How to Say No (ScreeningForm); a deployment's added questions are its own
        ScreeningQuestionnaires.howToSayNoCodes().forEach(code ->
                variables.add(yesNo(ScreeningQuestionnaire.fieldOf(code))));
        variables.add(text(FALL_BACK_REASON));
        return variables;
    }
}
