package no.samspill.service.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.inquiry.InquiryStatus;
import no.samspill.core.inquiry.WithdrawalReason;
import no.samspill.core.libraryplan.PlanPhase;
import no.samspill.core.partnership.AgreementKind;
import no.samspill.core.partnership.EndReason;
import no.samspill.core.partnership.PartnershipStage;
import no.samspill.core.partnership.PartnerSector;
import no.samspill.core.partnership.RelationKind;
import no.samspill.core.shared.Channel;
import no.samspill.core.shared.CoOrganisationModel;
import no.samspill.core.shared.Coded;
import no.samspill.core.shared.ServiceCode;
import no.samspill.service.security.ClientPermission;
import no.samspill.workflows.partnership.Continuation;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description as a case-system vendor generates a client from it (docs/openapi.yaml): who it is from and
 * under which licence, how a client authenticates and which scope each call needs (read from {@link
 * ClientPermission}, as the security rules are), the problem body of every refusal, the idempotency header of every
 * POST, and the code lists as enums. The operations themselves describe their success answers.
 */
@Configuration(proxyBeanMethods = false)
public class ApiContract {

    static final String PASSWORD = "caseSystemPassword";
    static final String TOKEN = "caseSystemToken";
    static final String PROBLEM = "Problem";

    private static final String DESCRIPTION = """
            Municipal case systems register citizens' inquiries and follow them through the municipality's \
            co-organised library and citizen service; counties run their regional library plans; libraries their \
            partnerships. Evaluators read the model comparison.

            **Authentication.** Each case-system client belongs to one municipality and acts for it only: HTTP Basic \
            with its client id and secret, or a bearer token (JWT) from the municipality's authorisation server \
            (e.g. Maskinporten) whose `scope` names the permissions the call needs.

            **Errors.** Every refusal is an RFC 9457 problem (`application/problem+json`) whose `errors` name the \
            field and the reason. Nothing is changed by a refused request.

            **Idempotency.** Every POST takes an `Idempotency-Key`: sent again with the same body, the first answer \
            comes back and nothing is done twice.

            **Versions.** `/api/v1` only grows; a breaking change comes beside it (docs/api-versioning.md).""";

    /** Properties that carry a code of one of core's vocabularies, wherever they appear. */
    private static final Map<String, Class<? extends Coded>> CODES_BY_NAME = Map.of(
            "channel", Channel.class, "service", ServiceCode.class, "model", CoOrganisationModel.class,
            "sector", PartnerSector.class, "relation", RelationKind.class);

    /** Properties whose name alone does not say which vocabulary: by schema. */
    private static final Map<String, Map<String, Class<? extends Coded>>> CODES_BY_SCHEMA = Map.of(
            "InquiryView", Map.of("status", InquiryStatus.class),
            "Listed", Map.of("status", InquiryStatus.class),
            "ListedPlan", Map.of("phase", PlanPhase.class),
            "LibraryPlanView", Map.of("phase", PlanPhase.class),
            "WithdrawalRequest", Map.of("reason", WithdrawalReason.class),
            "EndingRequest", Map.of("reason", EndReason.class),
            "PartnershipView", Map.of("stage", PartnershipStage.class, "agreementKind", AgreementKind.class),
            "AgreementRequest", Map.of("kind", AgreementKind.class),
            "EvaluationRequest", Map.of("continuation", Continuation.class, "endReason", EndReason.class));

    @Bean
    OpenAPI samspillApi(@Value("${samspill.api.version:development}") String version) {
        Scopes scopes = new Scopes();
        for (ClientPermission permission : ClientPermission.values()) {
            scopes.addString(permission.code(), permission.meaning());
        }
        return new OpenAPI()
                .info(new Info().title("Samspill API").version(version).description(DESCRIPTION)
                        .contact(new Contact().name("Samspill").url("https://samspill.no"))
                        .license(new License().name("EUPL-1.2")
                                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .servers(List.of(new Server().url("/").description("The Samspill installation this description "
                        + "is read from (/v3/api-docs.yaml)")))
                .tags(List.of(new io.swagger.v3.oas.models.tags.Tag().name("Administration").description(
                        "A municipality's IT: provisioning, case-system clients, webhooks, backups (Camunda's "
                                + "administrators only)")))
                .components(new Components()
                        .addSecuritySchemes(PASSWORD, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("The case-system client's id and secret; Camunda's "
                                        + "administrators and evaluators with their Camunda password"))
                        .addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                                .description("A bearer token (JWT) from the municipality's authorisation server, "
                                        + "issued to a registered client (`client_id`) for Samspill (audience); its "
                                        + "`scope` narrows the client's permissions")
                                .flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                                        .tokenUrl("https://maskinporten.no/token").scopes(scopes)))));
    }

    private static Schema<?> problem() {
        Schema<?> error = new ObjectSchema().description("What is wrong with one field")
                .addProperty("field", new StringSchema().description("The field, parameter or header").example("channel"))
                .addProperty("reason", new StringSchema().example("unknown value 'fax'; allowed: in-person, phone, "
                        + "digital, case-system"))
                .required(List.of("field", "reason"));
        return new ObjectSchema().description("An RFC 9457 problem: why the request was refused")
                .addProperty("type", new StringSchema().format("uri-reference").example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().example("channel: unknown value 'fax'; allowed: "
                        + "in-person, phone, digital, case-system"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .example("/api/v1/municipalities/NO-3118/inquiries"))
                .addProperty("errors", new ArraySchema().items(error))
                .required(List.of("title", "status"));
    }

    /**
     * Each operation named by its method and its controller ({@code registerInquiry}, {@code readPartnership}):
     * unique without springdoc's numbered suffixes, which follow the order the controllers were found in, and
     * names a generated client's methods can carry.
     */
    @Bean
    OperationCustomizer namedByMethodAndController() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replace("Controller", "");
            operation.setOperationId(handler.getMethod().getName() + controller);
            return operation;
        };
    }

    /** Security, refusals and idempotency on every operation; codes as enums; JSON, not "any type". */
    @Bean
    OpenApiCustomizer contractOfEveryOperation() {
        return api -> {
            // here, not in the bean: springdoc drops schemas no operation refers to before the customizers run
            api.getComponents().addSchemas(PROBLEM, problem());
            // in name order, not in the order the controllers were found (which the class path decides)
            if (api.getTags() != null) {
                api.setTags(api.getTags().stream().sorted(java.util.Comparator.comparing(
                        io.swagger.v3.oas.models.tags.Tag::getName)).toList());
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                operation.setSecurity(securityOf(path));
                refusals(path, method, operation);
                if (method == PathItem.HttpMethod.POST) {
                    idempotencyKey(operation);
                }
                if (method == PathItem.HttpMethod.GET) {
                    entityTag(operation);
                }
                jsonNotAnyType(operation);
                csvWhereAsked(operation);
            }));
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            schemas.forEach((name, schema) -> {
                if (schema.getProperties() == null) {
                    return;
                }
                Map<String, Class<? extends Coded>> byName = new LinkedHashMap<>(CODES_BY_NAME);
                byName.putAll(CODES_BY_SCHEMA.getOrDefault(name, Map.of()));
                ((Map<String, Schema>) schema.getProperties()).forEach((property, propertySchema) -> {
                    if (byName.containsKey(property) && "string".equals(propertySchema.getType())) {
                        codes(propertySchema, byName.get(property));
                    }
                });
            });
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        Class<? extends Coded> codes = "status".equals(parameter.getName()) && path.endsWith("/inquiries")
                                ? InquiryStatus.class : "phase".equals(parameter.getName()) ? PlanPhase.class
                                : CODES_BY_NAME.get(parameter.getName());
                        if (codes != null && parameter.getSchema() != null
                                && "string".equals(parameter.getSchema().getType())) {
                            codes(parameter.getSchema(), codes);
                        }
                    }
                }
            }));
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void codes(Schema schema, Class<? extends Coded> vocabulary) {
        schema.setEnum(Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).toList());
        schema.setExample(vocabulary.getEnumConstants()[0].code());
        String description = schema.getDescription();
        if (description == null || !description.contains("`:")) { // not yet given its codes' meanings
            schema.setDescription((description == null ? "One of" : description.replaceAll("[.:]$", "")) + ":"
                    + CodeMeanings.of(vocabulary));
        }
    }

    /** HTTP Basic, or a token with the scope the path needs (none for an administrator's path: Basic only). */
    private static List<SecurityRequirement> securityOf(String path) {
        if (path.startsWith("/api/v1/admin/")) {
            return List.of(new SecurityRequirement().addList(PASSWORD));
        }
        return ClientPermission.neededFor(path)
                .map(permission -> List.of(new SecurityRequirement().addList(PASSWORD),
                        new SecurityRequirement().addList(TOKEN, permission.code())))
                .orElse(List.of(new SecurityRequirement().addList(PASSWORD), new SecurityRequirement().addList(TOKEN)));
    }

    /** The refusals an operation can answer, each an RFC 9457 problem. */
    private static void refusals(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean changes = method != PathItem.HttpMethod.GET;
        add(responses, "400", "The request is invalid: a field, parameter or header is missing or wrong");
        add(responses, "401", "Not authenticated: no or wrong credentials, or an invalid token");
        add(responses, "403", "Authenticated, but the client lacks the permission (scope) this call needs");
        if (path.contains("{")) {
            add(responses, "404", "No such resource in the caller's municipality (another's is as good as absent)");
        }
        if (!changes) {
            add(responses, "406", "The Accept header names no media type this answer comes in");
        }
        if (changes) {
            add(responses, "409", "It collides with what exists, or with the state it is in");
            add(responses, "415", "The body is not JSON");
            add(responses, "422", "Refused by a business rule, or by the process's state");
        }
        add(responses, "429", "Too many failed sign-ins from this caller: wait as Retry-After says");
        add(responses, "503", "Starting up, or the database cannot be used: try again (Retry-After)");
        add(responses, "500", "An unexpected failure; nothing was done (the problem gives the log's reference)");
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static void idempotencyKey(Operation operation) {
        boolean present = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "Idempotency-Key".equalsIgnoreCase(parameter.getName()));
        if (!present) {
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("Send the same key again with the same body to get the first answer without the "
                            + "request taking effect twice; kept 24 hours")
                    .schema(new StringSchema().minLength(1).maxLength(255)
                            .example("3f1c2a9e-7b4d-4c1e-9a55-1f2d3c4b5a61")));
        }
    }

    /** Every read's answer has an ETag; sent back in If-None-Match, an unchanged answer is 304 without a body. */
    private static void entityTag(Operation operation) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
            ok.addHeaderObject("ETag", new io.swagger.v3.oas.models.headers.Header().description("The answer's "
                    + "version: send it as If-None-Match to be told (304) that it has not changed")
                    .schema(new StringSchema().example("\"0a1b2c3d4e5f60718293a4b5c6d7e8f9\"")));
            operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified: the "
                    + "answer is still the one whose ETag the request's If-None-Match names"));
        }
    }

    /** A table with {@code format=csv} (or {@code Accept: text/csv}) is also CSV: RFC 4180, UTF-8 with a BOM. */
    @SuppressWarnings("unchecked")
    private static void csvWhereAsked(Operation operation) {
        List<Parameter> format = operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .filter(parameter -> "format".equals(parameter.getName())).toList();
        format.forEach(parameter -> ((Schema<String>) parameter.getSchema()).setEnum(List.of("json", "csv")));
        boolean csv = !format.isEmpty();
        ApiResponse ok = operation.getResponses().get("200");
        if (csv && ok != null && ok.getContent() != null) {
            ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()
                    .description("RFC 4180, UTF-8 with a byte-order mark, a header row")));
        }
    }

    /** Spring answers JSON where springdoc cannot tell the media type ("*&#47;*"). */
    private static void jsonNotAnyType(Operation operation) {
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                MediaType any = content.remove("*/*");
                content.addMediaType("application/json", any);
            }
        });
    }
}
