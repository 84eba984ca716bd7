package com.sendclean.portal.twofactor;

/** The field of the two-factor forms (turn on, turn off) a refusal can belong next to. */
public enum TwoFactorField { CODE }
