package no.samspill.core.inquiry;

import no.samspill.core.shared.Coded;

/** Where an inquiry stands; derived from its events. */
public enum InquiryStatus implements Coded {
    REGISTERED("registered"),
    TAKEN("taken"),
    REFERRED("referred"),
    HANDED_OVER("handed-over"),
    RESOLVED("resolved"),
    ABANDONED("abandoned"),
    WITHDRAWN("withdrawn");

    private final String code;

    InquiryStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The status an inquiry is in right after {@code event}: each inquiry event leads to exactly one status. */
    public static InquiryStatus after(Object event) {
        if (event instanceof InquiryEvents.InquiryRegistered || event instanceof InquiryEvents.InquiryRouted) {
            return REGISTERED;
        } else if (event instanceof InquiryEvents.InquiryTaken) {
            return TAKEN;
        } else if (event instanceof InquiryEvents.InquiryReferred) {
            return REFERRED;
        } else if (event instanceof InquiryEvents.InquiryHandedOver) {
            return HANDED_OVER;
        } else if (event instanceof InquiryEvents.InquiryResolved
                || event instanceof InquiryEvents.CitizenSatisfactionRecorded) {
            return RESOLVED;
        } else if (event instanceof InquiryEvents.InquiryAbandoned) {
            return ABANDONED;
        } else if (event instanceof InquiryEvents.InquiryWithdrawn) {
            return WITHDRAWN;
        }
        throw new IllegalArgumentException("not an inquiry event: " + event.getClass().getName());
    }

    public static InquiryStatus fromCode(String code) {
        return Coded.fromCode(InquiryStatus.class, code);
    }

    public boolean isClosed() {
        return this == RESOLVED || this == ABANDONED || this == WITHDRAWN;
    }
}
