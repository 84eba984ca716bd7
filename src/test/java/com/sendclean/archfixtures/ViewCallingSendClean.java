package com.sendclean.archfixtures;

import com.sendclean.portal.sendclean.SendCleanClient;
import com.vaadin.flow.component.html.Div;

/** Breaks "views use services": calls the SendClean client itself. */
public class ViewCallingSendClean extends Div {

    public ViewCallingSendClean(SendCleanClient client) {
        add(String.valueOf(client));
    }
}
