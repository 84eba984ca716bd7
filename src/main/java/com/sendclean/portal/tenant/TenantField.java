package com.sendclean.portal.tenant;

/** The fields of the create and rename tenant forms a refusal can belong next to. */
public enum TenantField { NAME, SLUG }
