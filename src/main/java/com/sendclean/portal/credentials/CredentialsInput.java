package com.sendclean.portal.credentials;

/**
 * What an ADMIN typed into the credentials form. A blank owner id or token means "keep the stored one".
 */
public record CredentialsInput(String ownerId, String token, String appDomain) {

    public static final int MAX_OWNER_ID_LENGTH = 100;
    public static final int MAX_TOKEN_LENGTH = 256;

    boolean hasOwnerId() {
        return ownerId != null && !ownerId.isBlank();
    }

    boolean hasToken() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "CredentialsInput[ownerId=***, token=***, appDomain=" + appDomain + "]";
    }
}
