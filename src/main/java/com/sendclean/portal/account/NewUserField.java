package com.sendclean.portal.account;

/**
 * The fields of the forms that give an account its user name and initial password (create user, add member, reset
 * password) a refusal can belong next to.
 */
public enum NewUserField { USERNAME, PASSWORD }
