package com.sendclean.portal.sendclean;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads SendClean's answers in every form its reference shows: errors with HTTP 200 or 4xx/5xx, the error's kind in
 * "name" or in "type", passwords as "password" or "smtp_password", and numbers as JSON numbers or numeric strings.
 * Anything else is {@link SendCleanException.Malformed}; no parser message ever reaches a user.
 */
final class SendCleanResponses {

    private static final Logger log = LoggerFactory.getLogger(SendCleanResponses.class);

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

    /**
     * The SMTP users of a listSmtp answer. A missing or null {@code smtp_list} is a malformed answer, not an empty
     * account. One entry that cannot be read does not hide the others: it is counted and logged with the field that
     * failed (never a password); a user listed without a password is kept, with none. A name listed more than once
     * keeps every entry, numbered in SendClean's order ({@link SmtpUser#occurrence()}), and is reported.
     */
    SmtpUserList smtpUsers(JsonNode root) {
        JsonNode list = root.get("smtp_list");
        if (list == null || !list.isArray()) {
            throw SendCleanException.malformed();
        }
        var users = new ArrayList<SmtpUser>(list.size());
        Map<String, Integer> seen = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        int unreadable = 0;
        int index = 0;
        for (JsonNode entry : list) {
            try {
                SmtpUser user = smtpUser(entry);
                int occurrence = seen.merge(user.name(), 1, Integer::sum) - 1;
                if (occurrence > 0) {
                    duplicates.add(user.name());
                    user = new SmtpUser(user.name(), user.password(), user.status(), user.totalLimit(),
                            user.hourlyLimit(), occurrence);
                }
                users.add(user);
            } catch (UnreadableField unreadableField) {
                unreadable++;
                log.warn("listSmtp entry {} ({}) cannot be read: field {} {}", index,
                        entry != null && entry.isObject() && text(entry, "smtp_user_name") != null
                                ? text(entry, "smtp_user_name") : "no name",
                        unreadableField.field, unreadableField.problem);
            }
            index++;
        }
        if (!duplicates.isEmpty()) {
            log.warn("listSmtp lists these SMTP user names more than once; every entry is shown, and none of them can be "
                    + "changed through the portal, as SendClean's API addresses users by name only: {}",
                    duplicates);
        }
        return new SmtpUserList(users, unreadable, List.copyOf(duplicates));
    }

    private static SmtpUser smtpUser(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            throw new UnreadableField("(entry)", "is not an object");
        }
        String name = text(entry, "smtp_user_name");
        if (name == null || name.isBlank()) {
            throw new UnreadableField("smtp_user_name", "is missing");
        }
        String password = text(entry, "password");
        if (password == null) {
            password = text(entry, "smtp_password");
        }
        String wireStatus = text(entry, "status");
        SmtpUserStatus status;
        try {
            status = SmtpUserStatus.fromWire(wireStatus);
        } catch (IllegalArgumentException unknown) {
            // the value of a status is not a secret, and saying it helps whoever reads the log
            throw new UnreadableField("status", wireStatus == null ? "is missing" : "is unknown: \"" + wireStatus + "\"");
        }
        return new SmtpUser(name, password, status, listedInt(entry, "total_limit"), listedInt(entry, "hourly_limit"));
    }

    private static int listedInt(JsonNode entry, String field) {
        try {
            return requiredInt(entry, field);
        } catch (SendCleanException.Malformed malformed) {
            throw new UnreadableField(field, "is not a whole number");
        }
    }

    /** Why one listed entry cannot be read; never carries a password. */
    private static final class UnreadableField extends RuntimeException {
        private final String field;
        private final String problem;

        UnreadableField(String field, String problem) {
            super(field + " " + problem, null, false, false);
            this.field = field;
            this.problem = problem;
        }
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
