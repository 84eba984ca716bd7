package com.sendclean.portal.sendclean;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads SendClean's answers in every form its reference shows: errors with HTTP 200 or 4xx/5xx, the error's kind in
 * "name" or in "type", passwords as "password" or "smtp_password", and numbers as JSON numbers or numeric strings.
 * Anything else is {@link SendCleanException.Malformed}; no parser message ever reaches a user.
 */
final class SendCleanResponses {

    private final JsonMapper json;

    SendCleanResponses(JsonMapper json) {
        this.json = json;
    }

    /** The body of a successful answer, or the typed exception its error stands for. */
    JsonNode success(int httpStatus, byte[] body, CredentialSource source) {
        JsonNode root;
        try {
            root = body == null || body.length == 0 ? null : json.readTree(body);
        } catch (JacksonException notJson) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504) {
                throw SendCleanException.unreachable();
            }
            throw SendCleanException.malformed();
        }
        String status = text(root, "status");
        if ("error".equalsIgnoreCase(status)) {
            throw error(root, source);
        }
        if (!"success".equalsIgnoreCase(status) || httpStatus >= 300) {
            throw SendCleanException.malformed();
        }
        return root;
    }

    private static SendCleanException error(JsonNode root, CredentialSource source) {
        String kind = text(root, "name");
        if (kind == null) {
            kind = text(root, "type");
        }
        String message = text(root, "message");
        if ("ValidationError".equalsIgnoreCase(kind)) {
            return SendCleanException.validation(message);
        }
        if ("AuthenticationError".equalsIgnoreCase(kind)) {
            return SendCleanException.authentication(source);
        }
        return SendCleanException.general(message);
    }

    List<SmtpUser> smtpUsers(JsonNode root) {
        JsonNode list = root.get("smtp_list");
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw SendCleanException.malformed();
        }
        var users = new ArrayList<SmtpUser>(list.size());
        for (JsonNode entry : list) {
            String name = requiredText(entry, "smtp_user_name");
            String password = text(entry, "password");
            if (password == null) {
                password = text(entry, "smtp_password");
            }
            SmtpUserStatus status;
            try {
                status = SmtpUserStatus.fromWire(requiredText(entry, "status"));
            } catch (IllegalArgumentException unknown) {
                throw SendCleanException.malformed();
            }
            users.add(new SmtpUser(name, password, status, requiredInt(entry, "total_limit"),
                    requiredInt(entry, "hourly_limit")));
        }
        return List.copyOf(users);
    }

    SmtpCredentials credentials(JsonNode root) {
        String password = text(root, "smtp_password");
        if (password == null) {
            password = text(root, "password");
        }
        if (password == null) {
            throw SendCleanException.malformed();
        }
        return new SmtpCredentials(requiredText(root, "smtp_user_name"), password);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }

    private static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw SendCleanException.malformed();
        }
        return value;
    }

    private static int requiredInt(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw SendCleanException.malformed();
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isString()) {
            try {
                return Integer.parseInt(value.asString().strip());
            } catch (NumberFormatException notANumber) {
                throw SendCleanException.malformed();
            }
        }
        throw SendCleanException.malformed();
    }
}
