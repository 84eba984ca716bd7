package com.sendclean.portal.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SendClean's SMTP-user API, simulated: every call is a POST of a JSON object carrying {@code owner_id} and
 * {@code token} beside its own parameters, answered in SendClean's shapes. A wrong owner id or token is an
 * AuthenticationError with HTTP 200 (as SendClean answers it); invalid parameters are a ValidationError with HTTP 400.
 */
@RestController
@RequestMapping(SandboxController.BASE_PATH)
@ConditionalOnSandboxEnabled
class SandboxController {

    static final String BASE_PATH = "/sandbox/v1.0";
    /** Largest request body the sandbox reads; SendClean calls are a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SandboxController.class);
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    private static final BigInteger MAX_LIMIT = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final String MALFORMED_LIST = "{\"status\":\"success\",\"smtp_list\":[";
    private static final String MALFORMED_OTHER = "{\"status\":\"success\",\"message\":\"";
    private static final String HTML_500 = """
            <!DOCTYPE html>
            <html><head><title>500 Internal Server Error</title></head>
            <body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>
            """;

    private final SandboxRepository repository;
    private final SandboxSmtpUsers smtpUsers;
    // the wire format is SendClean's and must not change with the portal's own Jackson settings
    private final JsonMapper json = JsonMapper.builder().build();

    SandboxController(SandboxRepository repository, SandboxSmtpUsers smtpUsers) {
        this.repository = repository;
        this.smtpUsers = smtpUsers;
    }

    @PostMapping("/settings/listSmtp")
    ResponseEntity<String> listSmtp(HttpServletRequest request) {
        return call(request, true, (ownerId, params) -> {
            List<Map<String, Object>> list = smtpUsers.list(ownerId).stream().map(user -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("smtp_user_name", user.smtpUserName());
                entry.put("password", user.password());
                entry.put("status", user.status().wireValue());
                entry.put("total_limit", user.totalLimit());
                entry.put("hourly_limit", user.hourlyLimit());
                return entry;
            }).toList();
            return success("smtp_list", list);
        });
    }

    @PostMapping("/settings/addSmtp")
    ResponseEntity<String> addSmtp(HttpServletRequest request) {
        return call(request, false, (ownerId, params) -> {
            int total = limit(params, "total_limit", true);
            int hourly = limit(params, "hourly_limit", true);
            SandboxSmtpUser user = smtpUsers.add(ownerId, total, hourly);
            return success("message", "SMTP User Created", "smtp_user_name", user.smtpUserName(),
                    "smtp_password", user.password());
        });
    }

    @PostMapping("/settings/editSmtp")
    ResponseEntity<String> editSmtp(HttpServletRequest request) {
        return call(request, false, (ownerId, params) -> {
            String name = smtpUserName(params);
            Integer total = limit(params, "total_limit", false);
            Integer hourly = limit(params, "hourly_limit", false);
            SandboxSmtpStatus status = status(params);
            if (total == null && hourly == null && status == null) {
                throw new SandboxValidationException("at least one of total_limit, hourly_limit or status is required");
            }
            smtpUsers.edit(ownerId, name, total, hourly, status);
            return success("message", "SMTP User Updated");
        });
    }

    @PostMapping("/settings/resetSmtpPassword")
    ResponseEntity<String> resetSmtpPassword(HttpServletRequest request) {
        return call(request, false, (ownerId, params) -> {
            String name = smtpUserName(params);
            String password = smtpUsers.resetPassword(ownerId, name);
            return success("message", "password reseted", "smtp_user_name", name, "smtp_password", password);
        });
    }

    @PostMapping("/account/viewUserDetail")
    ResponseEntity<String> viewUserDetail(HttpServletRequest request) {
        return call(request, false, (ownerId, params) ->
                success("owner_id", ownerId, "smtp_user_count", smtpUsers.count(ownerId)));
    }

    /** Any other path under the base: SendClean's clients expect JSON, never the portal's HTML. */
    @RequestMapping("/**")
    ResponseEntity<String> unknownCall() {
        return jsonAnswer(HttpStatus.NOT_FOUND, validationError("unknown call"));
    }

    /** One call of an authenticated owner; answers with the map it returns. */
    @FunctionalInterface
    private interface Call {
        Map<String, Object> answer(String ownerId, JsonNode params);
    }

    private ResponseEntity<String> call(HttpServletRequest request, boolean listsUsers, Call call) {
        try {
            JsonNode params = parse(body(request));
            String ownerId = text(params.get("owner_id"));
            String token = text(params.get("token"));
            Optional<SandboxAccount> account = ownerId == null ? Optional.empty() : repository.findAccount(ownerId);
            if (!tokenMatches(account.map(SandboxAccount::token).orElse(null), token)) {
                log.debug("Sandbox call refused: owner id or token do not match for owner {}", ownerId);
                return authenticationError();
            }
            // the switches act only for callers with the token: otherwise anyone knowing an owner id could make
            // the sandbox sleep on a thread per request, or learn the account's switches
            SandboxFaults faults = account.orElseThrow().faults();
            delay(faults.latencyMillis());
            switch (faults.fault()) {
                case HTTP_500_HTML -> {
                    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                            .contentType(MediaType.TEXT_HTML).body(HTML_500);
                }
                case MALFORMED_JSON -> {
                    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                            .body(listsUsers ? MALFORMED_LIST : MALFORMED_OTHER);
                }
                case AUTHENTICATION_FAILURE -> {
                    return authenticationError();
                }
                case NONE -> { }
            }
            return jsonAnswer(HttpStatus.OK, call.answer(ownerId, params));
        } catch (BodyTooLargeException e) {
            return jsonAnswer(HttpStatus.CONTENT_TOO_LARGE, validationError(e.getMessage()));
        } catch (SandboxValidationException e) {
            return jsonAnswer(HttpStatus.BAD_REQUEST, validationError(e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Sandbox call failed", e);
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", "error");
            error.put("type", "GeneralError");
            error.put("message", "An unexpected error occurred");
            return jsonAnswer(HttpStatus.INTERNAL_SERVER_ERROR, error);
        }
    }

    /**
     * The request body as text, read up to {@link #MAX_BODY_BYTES}: a declared or actual larger body is refused
     * before it is buffered, whether it comes with a Content-Length or chunked.
     */
    private static String body(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SandboxValidationException("the request body could not be read");
        }
    }

    /** A body over {@link #MAX_BODY_BYTES}: answered with HTTP 413 and SendClean's ValidationError shape. */
    private static final class BodyTooLargeException extends SandboxValidationException {
        BodyTooLargeException() {
            super("the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new SandboxValidationException("the request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JacksonException e) {
            throw new SandboxValidationException("the request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new SandboxValidationException("the request body must be a JSON object");
        }
        return node;
    }

    private static void delay(int millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Compares SHA-256 digests in constant time, so neither the token's content nor its length shows in the time an
     * answer takes; an unknown owner is compared against an empty token for the same reason.
     */
    private static boolean tokenMatches(String expected, String given) {
        boolean known = expected != null;
        byte[] expectedDigest = sha256(known ? expected : "");
        byte[] givenDigest = sha256(given == null ? "" : given);
        return MessageDigest.isEqual(expectedDigest, givenDigest) & known & given != null;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A scalar parameter as text; owner ids may come as JSON numbers from loosely typed clients. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || !node.isValueNode()) {
            return null;
        }
        return node.asString();
    }

    private static String smtpUserName(JsonNode params) {
        JsonNode node = params.get("smtp_user_name");
        if (node == null || node.isNull()) {
            throw new SandboxValidationException("smtp_user_name is required");
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            throw new SandboxValidationException("smtp_user_name must be a non-empty string");
        }
        return node.stringValue();
    }

    /** A limit given as a JSON integer or a string of digits; null (as Python's None) counts as not given. */
    private static Integer limit(JsonNode params, String name, boolean required) {
        JsonNode node = params.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                throw new SandboxValidationException(name + " is required");
            }
            return null;
        }
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isString() && DIGITS.matcher(node.stringValue()).matches()) {
            value = new BigInteger(node.stringValue());
        } else {
            throw new SandboxValidationException(name + " must be a positive integer");
        }
        if (value.signum() <= 0 || value.compareTo(MAX_LIMIT) > 0) {
            throw new SandboxValidationException(name + " must be a positive integer");
        }
        return value.intValue();
    }

    private static SandboxSmtpStatus status(JsonNode params) {
        JsonNode node = params.get("status");
        if (node == null || node.isNull()) {
            return null;
        }
        return (node.isString() ? SandboxSmtpStatus.fromWire(node.stringValue()) : Optional.<SandboxSmtpStatus>empty())
                .orElseThrow(() -> new SandboxValidationException("status must be 'Enable' or 'Disable'"));
    }

    private static Map<String, Object> success(Object... keysAndValues) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answer.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return answer;
    }

    private static Map<String, Object> validationError(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", "error");
        error.put("type", "ValidationError");
        error.put("message", message);
        return error;
    }

    private ResponseEntity<String> authenticationError() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", "error");
        error.put("code", -1);
        error.put("name", "AuthenticationError");
        error.put("message", "Token MissMatch");
        return jsonAnswer(HttpStatus.OK, error);
    }

    private ResponseEntity<String> jsonAnswer(HttpStatus status, Map<String, Object> answer) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(answer));
    }
}
