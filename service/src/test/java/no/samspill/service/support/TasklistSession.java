package no.samspill.service.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/**
 * A staff member logged in to Camunda Tasklist the way the browser app does it: its login form, its session cookie
 * and its CSRF token, then Tasklist's own API.
 */
public final class TasklistSession {

    private final Http browser;

    private TasklistSession(Http browser) {
        this.browser = browser;
    }

    /** Logs in; the answer's status tells whether the login was accepted. */
    public static TasklistSession login(String baseUrl, String user, String password) {
        TasklistSession session = new TasklistSession(Http.anonymous(baseUrl));
        session.browser.get("/camunda/app/tasklist/default/");
        Http.Response answer = session.browser.send(session.browser.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
        if (answer.status() != 200) {
            throw new IllegalStateException("Tasklist login refused: " + answer);
        }
        return session;
    }

    /** GET on Tasklist's engine API, e.g. {@code task?processInstanceBusinessKey=...}. */
    public Http.Response engine(String pathAndQuery) {
        return browser.send(browser.request("/camunda/api/engine/engine/default/" + pathAndQuery)
                .header("X-XSRF-TOKEN", csrfToken()).header("Accept", "application/json").GET());
    }

    /** POST of JSON on Tasklist's engine API, e.g. {@code task/{id}/claim}. */
    public Http.Response engine(String path, String jsonBody) {
        return browser.send(browser.request("/camunda/api/engine/engine/default/" + path)
                .header("X-XSRF-TOKEN", csrfToken()).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(BodyPublishers.ofString(jsonBody)));
    }

    /** Camunda renews the token with the session; the browser app always sends the latest cookie. */
    private String csrfToken() {
        return browser.cookie("XSRF-TOKEN");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
