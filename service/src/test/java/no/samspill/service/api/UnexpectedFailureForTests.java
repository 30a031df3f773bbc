package no.samspill.service.api;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bug on demand, for UnexpectedFailureTest only (its profile): what a caller gets when nothing else answers. */
@Profile("unexpected-failure")
@RestController
class UnexpectedFailureForTests {

    @GetMapping("/api/v1/municipalities/{municipality}/inquiries/unexpected-failure")
    String fail() {
        throw new IllegalStateException("an internal detail no caller should see");
    }
}
