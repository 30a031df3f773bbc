package no.samspill.service.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where Samspill may post webhooks: an https address on the internet (or the municipality's network as the internet
 * reaches it), never the service's own machine, its private network or a cloud's metadata service, which an
 * administrator's mistake (or a stolen administrator login) could otherwise make Samspill call with its own
 * standing. Checked when a webhook is set and again before each delivery, against every address the name resolves
 * to, so that a name that later points inside is refused too. The demo, which runs everything on one machine, allows
 * plain http and local addresses ({@code samspill.webhooks.allow-local-addresses}).
 */
@Component
public final class WebhookAddresses {

    private final boolean allowLocal;

    public WebhookAddresses(@Value("${samspill.webhooks.allow-local-addresses:false}") boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /** Why this address may not be posted to; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return Optional.of("is not a valid address");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return Optional.of("must be an absolute https address");
        }
        if (allowLocal) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme())) {
            return Optional.of("must be an https address");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (inside(address)) {
                    return Optional.of("must not point to this machine, a private network or a metadata service");
                }
            }
        } catch (UnknownHostException unknown) {
            return Optional.of("names a host that cannot be found");
        }
        return Optional.empty();
    }

    static boolean inside(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedCgnat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedCgnat;
    }
}
