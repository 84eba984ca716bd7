package com.sendclean.portal.audit;

/** Where a request came from: the client's address (after X-Forwarded-For) and its user agent. */
public record ClientInfo(String ip, String userAgent) {

    public static final ClientInfo NONE = new ClientInfo(null, null);
}
