package no.samspill.service.api;

/** Something that does not exist, or that the caller may not know exists: both answer 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
