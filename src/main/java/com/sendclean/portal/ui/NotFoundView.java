package com.sendclean.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.annotation.security.PermitAll;

/**
 * The one "not found" page. Tenant pages that the user may not open show it too, so that nobody can tell a tenant
 * they are not a member of from one that does not exist.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not found · SendClean Portal")
@PermitAll
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("page");
        add(new H1("Page not found"),
                new Paragraph("The page you asked for does not exist, or you do not have access to it."),
                new Anchor("", "Go to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
