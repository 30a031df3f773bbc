package no.samspill.service.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.samspill.service.support.Http;
import no.samspill.service.support.RunningSamspill;
import org.junit.jupiter.api.Test;

/**
 * The contract case-system vendors generate their clients from, docs/openapi.yaml, is the running API's own
 * description: this fails when they differ. {@code -Dsamspill.openapi.write=true} writes the file from the running
 * API instead (the build step: {@code ./mvnw -pl service test -Pwrite-contract}).
 */
class ApiContractTest {

    static final Path CONTRACT = Path.of("..", "docs", "openapi.yaml");

    @Test
    void the_checked_in_contract_is_the_running_apis_description() throws IOException {
        String served;
        try (RunningSamspill samspill = RunningSamspill.start("demo",
                Map.of("spring.datasource.url", "jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1"))) {
            Http.Response description = Http.anonymous(samspill.baseUrl()).get("/v3/api-docs.yaml");
            assertThat(description.status()).isEqualTo(200);
            served = description.body();
        }
        if (Boolean.getBoolean("samspill.openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("docs/openapi.yaml differs from the running API's description; regenerate it with "
                        + "./mvnw -pl service test -Pwrite-contract")
                .isEqualTo(served);
    }

    /**
     * springdoc names a schema by its class's simple name: two different records of one name would be one schema,
     * and a request described with another record's fields (it happened: three ModelChange records).
     */
    @Test
    void no_two_different_records_share_a_schema_name() throws ClassNotFoundException, IOException {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        // the application's classes, not the tests'
        scanner.addIncludeFilter((reader, factory) -> !reader.getResource().getURL().toString().contains("test-classes"));
        java.util.Map<String, java.util.Set<String>> shapes = new java.util.TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("no.samspill.service")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Class<?> record : java.util.stream.Stream.concat(java.util.stream.Stream.of(type),
                    java.util.Arrays.stream(type.getDeclaredClasses())).filter(Class::isRecord).toList()) {
                io.swagger.v3.oas.annotations.media.Schema named = record.getAnnotation(
                        io.swagger.v3.oas.annotations.media.Schema.class);
                String name = named != null && !named.name().isBlank() ? named.name() : record.getSimpleName();
                shapes.computeIfAbsent(name, key -> new java.util.TreeSet<>()).add(java.util.Arrays.stream(
                        record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList()
                        .toString());
            }
        }
        assertThat(shapes.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(
                java.util.Map.Entry::getKey).toList()).as("schema names of different records").isEmpty();
    }
}
