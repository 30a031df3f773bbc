package no.samspill.service.api;

/** A request that collides with what exists already (409), naming the field. */
public class Conflict extends InvalidInput {

    public Conflict(String field, String reason) {
        super(field, reason);
    }
}
