package com.sendclean.archfixtures;

import com.sendclean.portal.security.UserAccountRepository;
import com.vaadin.flow.component.html.Div;

/** Breaks "views use services": reads accounts from the repository, past every check. */
public class ViewReadingARepository extends Div {

    public ViewReadingARepository(UserAccountRepository accounts) {
        add(String.valueOf(accounts.findAll().size()));
    }
}
