package no.samspill.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where an administrator may point a webhook outside the demo: https on the internet, never this machine, a private
 * network or a cloud's metadata service (address literals, so that no name has to be looked up here).
 */
class WebhookAddressesTest {

    private final WebhookAddresses production = new WebhookAddresses(false);

    @Test
    void inside_addresses_and_plain_http_are_refused() {
        assertThat(production.refusal("http://93.184.216.34/hook")).contains("must be an https address");
        for (String inside : new String[] {"https://127.0.0.1/hook", "https://localhost/hook",
                "https://169.254.169.254/latest/meta-data/", "https://10.0.0.5/hook", "https://172.16.3.4/hook",
                "https://192.168.1.10/hook", "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook",
                "https://100.64.0.1/hook"}) {
            assertThat(production.refusal(inside)).as(inside)
                    .contains("must not point to this machine, a private network or a metadata service");
        }
        assertThat(production.refusal("ftp://93.184.216.34/hook")).contains("must be an absolute https address");
        assertThat(production.refusal("not a url")).isPresent();
    }

    @Test
    void an_https_address_on_the_internet_is_allowed_and_the_demo_allows_this_machine() {
        assertThat(production.refusal("https://93.184.216.34/hook")).isEmpty();
        assertThat(new WebhookAddresses(true).refusal("http://localhost:8089/hook")).isEmpty();
    }
}
