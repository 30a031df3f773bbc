package no.samspill.service.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a page of a list ended: the last item's time and id, opaque to the caller (base64url). The next page starts
 * after it, so items added while a caller pages never shift or repeat a page.
 */
public record PageCursor(Instant at, String id) {

    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a page gave; anything else is refused as the {@code after} parameter. */
    public static PageCursor parse(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|", 2);
            return new PageCursor(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException notOurs) {
            throw new InvalidInput("after", "is not a cursor this API gave (pass the `next` of a page)");
        }
    }

    /** A page's items and the cursor the next page starts after (null on the last page). */
    public record Cut<T>(List<T> items, String next) {
    }

    /**
     * The page from {@code found}, which a query fetched with one row more than {@code limit}: that row only tells
     * that another page follows, after the page's last item.
     */
    public static <T> Cut<T> cut(List<T> found, int limit, Function<T, PageCursor> cursorOf) {
        if (found.size() <= limit) {
            return new Cut<>(List.copyOf(found), null);
        }
        List<T> page = List.copyOf(found.subList(0, limit));
        return new Cut<>(page, cursorOf.apply(page.get(limit - 1)).encoded());
    }

    /** A page holds 1 to 200 items. */
    public static int requireLimit(int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInput("limit", "must be between 1 and 200");
        }
        return limit;
    }

    /** The next page's address as a Link header (RFC 8288): this request with {@code after} set to {@code next}. */
    public static HttpHeaders linkToNext(String next) {
        HttpHeaders headers = new HttpHeaders();
        if (next != null) {
            String address = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", next)
                    .build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + address + ">; rel=\"next\"");
        }
        return headers;
    }
}
