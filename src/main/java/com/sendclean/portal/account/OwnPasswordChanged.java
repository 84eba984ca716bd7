package com.sendclean.portal.account;

import com.sendclean.portal.security.UserId;
/** A signed-in user has replaced their own password; published after the change is stored. */
record OwnPasswordChanged(UserId userId, String username) {}
