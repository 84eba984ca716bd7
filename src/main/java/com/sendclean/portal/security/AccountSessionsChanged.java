package com.sendclean.portal.security;

import com.sendclean.portal.cluster.ClusterEvent;

/**
 * An account's sessions may have ended: its session epoch was raised (password changed or reset, sign-out everywhere)
 * or it was deactivated or activated. Every instance drops what it keeps of the account's session state, so its next
 * request is checked against the database. Names the account by id only.
 */
public record AccountSessionsChanged(UserId userId) implements ClusterEvent {}
