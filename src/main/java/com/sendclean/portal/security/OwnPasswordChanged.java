package com.sendclean.portal.security;

/** A signed-in user has replaced their own password; published after the change is stored. */
record OwnPasswordChanged(UserId userId, String username) {}
