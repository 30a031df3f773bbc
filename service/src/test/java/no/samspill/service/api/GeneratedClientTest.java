package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samspill.client.ApiClient;
import no.samspill.client.ApiException;
import no.samspill.client.api.AnalyticsApi;
import no.samspill.client.api.InquiriesApi;
import no.samspill.client.model.InquiryView;
import no.samspill.client.model.ModelRow;
import no.samspill.client.model.Page;
import no.samspill.client.model.Problem;
import no.samspill.client.model.RegisterInquiryRequest;
import no.samspill.client.model.RegisterInquiryRequest.ChannelEnum;
import no.samspill.client.model.RegisterInquiryRequest.ServiceEnum;
import no.samspill.service.support.RunningSamspill;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract is the API: a Java client generated from docs/openapi.yaml by openapi-generator (as a case-system
 * vendor would generate theirs, in the build) registers an inquiry, reads it, lists it, answers a PAC-man digital
 * inquiry, reads the model comparison, and gets typed problems for bad input, against a running Samspill.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientTest {

    private RunningSamspill samspill;

    @BeforeAll
    void start(@TempDir Path dataDirectory) {
        samspill = RunningSamspill.start("demo", Map.of("spring.datasource.url", "jdbc:h2:file:"
                + dataDirectory.resolve("samspill") + ";DB_CLOSE_ON_EXIT=FALSE"));
    }

    @AfterAll
    void stop() {
        samspill.close();
    }

    /** A generated client as the case system configures it: the installation's address and its HTTP Basic. */
    private ApiClient clientOf(String clientId) {
        URI base = URI.create(samspill.baseUrl());
        String basic = "Basic " + Base64.getEncoder().encodeToString((clientId + ":demo")
                .getBytes(StandardCharsets.UTF_8));
        return new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort())
                .setBasePath("").setRequestInterceptor(request -> request.header("Authorization", basic));
    }

    @Test
    void a_generated_client_registers_reads_and_lists_an_inquiry() throws ApiException {
        InquiriesApi inquiries = new InquiriesApi(clientOf("io-sak"));
        String reference = "GEN-" + UUID.randomUUID();

        InquiryView registered = inquiries.registerInquiry("NO-3118", new RegisterInquiryRequest()
                .servicePoint("mysen").channel(ChannelEnum.IN_PERSON).service(ServiceEnum.PASSPORT)
                .externalReference(reference), UUID.randomUUID().toString());
        assertThat(registered.getStatus()).hasToString("registered");
        assertThat(registered.getModel()).hasToString("total-collaboration");

        InquiryView read = inquiries.readInquiry("NO-3118", registered.getId());
        assertThat(read.getExternalReference()).isEqualTo(reference);
        assertThat(read.getHistory()).isNotEmpty();
        assertThat(read.getHistory().get(0).getType()).isEqualTo("InquiryRegistered");

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Page page = inquiries.listInquiry("NO-3118", null, null, null, null, null, null, reference, null, 10);
            assertThat(page.getItems()).singleElement().satisfies(listed -> {
                assertThat(listed.getId()).isEqualTo(registered.getId());
                assertThat(listed.getService()).hasToString("passport");
            });
            assertThat(page.getNext()).isNull();
        });
    }

    @Test
    void a_generated_client_answers_a_pac_man_digital_inquiry_and_reads_the_model_comparison() throws ApiException {
        InquiriesApi bibliotekby = new InquiriesApi(clientOf("bibliotekby-sak"));
        InquiryView digital = bibliotekby.registerInquiry("DK-0999", new RegisterInquiryRequest()
                .servicePoint("hovedbiblioteket").channel(ChannelEnum.DIGITAL).service(ServiceEnum.FORMS), null);
        assertThat(digital.getRoute()).isEqualTo("route-out-digitally");

        InquiryView answered = bibliotekby.answerInquiry("DK-0999", digital.getId(), null);
        assertThat(answered.getStatus()).hasToString("resolved");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        AnalyticsApi analytics = new AnalyticsApi(clientOf("bibliotekby-sak"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ModelRow> rows = analytics.modelsAnalytics(today, today, null, false);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.getModel()).hasToString("pac-man");
                assertThat(row.getMeasures().getInquiries()).isEqualTo(1L);
                assertThat(row.getMeasures().getNotHandledLocallyShare()).isEqualTo(1.0);
            });
        });
    }

    @Test
    void bad_input_comes_back_as_a_typed_problem_and_registers_nothing() throws Exception {
        InquiriesApi inquiries = new InquiriesApi(clientOf("io-sak"));
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        long registeredBefore = registrations();

        ApiException missing = catchApiException(() -> inquiries.registerInquiry("NO-3118",
                new RegisterInquiryRequest().channel(ChannelEnum.PHONE).service(ServiceEnum.TAX), null));
        assertThat(missing.getCode()).isEqualTo(400);
        Problem problem = json.readValue(missing.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getField()).isEqualTo("servicePoint");
            assertThat(error.getReason()).isEqualTo("is required");
        });

        ApiException absent = catchApiException(() -> inquiries.readInquiry("NO-3118", UUID.randomUUID().toString()));
        assertThat(absent.getCode()).isEqualTo(404);
        assertThat(json.readValue(absent.getResponseBody(), Problem.class).getTitle()).isNotBlank();

        ApiException elsewhere = catchApiException(() -> inquiries.listInquiry("NO-3303", null, null, null, null,
                null, null, null, null, null));
        assertThat(elsewhere.getCode()).isEqualTo(404);
        assertThat(registrations()).isEqualTo(registeredBefore);
    }

    private long registrations() {
        return samspill.database().queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%InquiryRegistered'", Long.class);
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static ApiException catchApiException(Call call) {
        try {
            call.run();
        } catch (ApiException refused) {
            return refused;
        }
        throw new AssertionError("the call was not refused");
    }
}
