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

    /** Logs in to Tasklist, or fails the test. */
    public static TasklistSession login(String baseUrl, String user, String password) {
        TasklistSession session = new TasklistSession(Http.anonymous(baseUrl));
        Http.Response answer = session.logInTo("tasklist", user, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("Tasklist login refused: " + answer);
        }
        // as the app does next; the session renewed at login gets its CSRF token with its first read
        session.browser.get("/camunda/api/admin/auth/user/default");
        return session;
    }

    /** Camunda's answer to logging in to one of its webapps ({@code tasklist}, {@code cockpit}, {@code admin}). */
    public static Http.Response loginAnswer(String baseUrl, String app, String user, String password) {
        return new TasklistSession(Http.anonymous(baseUrl)).logInTo(app, user, password);
    }

    private Http.Response logInTo(String app, String user, String password) {
        browser.get("/camunda/app/" + app + "/default/");
        return browser.send(browser.request("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(password))));
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

    /** GET on one of Samspill's own webapp calls, e.g. a task's history for Tasklist's tab. */
    public Http.Response get(String path) {
        return browser.send(browser.request(path).header("Accept", "application/json").GET());
    }

    /** POST without a body on one of Samspill's own webapp calls, with the CSRF token or, as a forger would, without. */
    public Http.Response post(String path, boolean withCsrfToken) {
        var request = browser.request(path).header("Accept", "application/json");
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfToken());
        }
        return browser.send(request.POST(BodyPublishers.noBody()));
    }

    /** A visitor who opened Tasklist's login page but did not log in: a session and a CSRF token, no user. */
    public static TasklistSession notLoggedIn(String baseUrl) {
        TasklistSession session = new TasklistSession(Http.anonymous(baseUrl));
        session.browser.get("/camunda/app/tasklist/default/");
        return session;
    }

    /** Camunda renews the token with the session; the browser app always sends the latest cookie. */
    private String csrfToken() {
        return browser.cookie("XSRF-TOKEN");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
