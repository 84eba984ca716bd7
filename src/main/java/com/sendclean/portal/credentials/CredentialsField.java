package com.sendclean.portal.credentials;

/** The fields of the credentials form ({@link CredentialsInput}) a refusal can belong next to. */
public enum CredentialsField { OWNER_ID, API_TOKEN, APP_DOMAIN }
