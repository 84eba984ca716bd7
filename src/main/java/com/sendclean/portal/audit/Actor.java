package com.sendclean.portal.audit;

/** Who did something: an account's id and name, or nobody known (e.g. a failed sign-in for an unknown name). */
public record Actor(Long userId, String username) {

    public static final Actor NONE = new Actor(null, null);
    public static final Actor SYSTEM = new Actor(null, "system");
}
