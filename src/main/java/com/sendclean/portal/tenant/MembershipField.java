package com.sendclean.portal.tenant;

/** The field of the membership forms (add member, grant, change role) a refusal about the role belongs next to. */
public enum MembershipField { ROLE }
