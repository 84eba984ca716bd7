package com.sendclean.portal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Where a signed-in user without any tenant lands: it says so and who can help. */
@Route("")
@PageTitle("Home · SendClean Portal")
@PermitAll
class HomeView extends Main {

    HomeView() {
        addClassName("page");
        add(new H1("No customer account yet"),
                new Paragraph("You are signed in, but you are not a member of any customer account yet. "
                        + "Ask your administrator to add you to one."));
    }
}
