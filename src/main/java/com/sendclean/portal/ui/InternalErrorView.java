package com.sendclean.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when opening a view fails, in place of Vaadin's own, which prints the exception's class and message
 * (possibly a SQL statement, a host name or worse) even in production. The user gets a reference; the log gets the
 * exception under the same reference. It stands alone, without the main layout, which may be what failed.
 */
@PageTitle("Something went wrong · SendClean Portal")
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private final Paragraph reference = new Paragraph();

    public InternalErrorView() {
        addClassName("page");
        add(new H1("Something went wrong"),
                new Paragraph("The portal could not show this page. Try again in a moment."),
                reference,
                new Anchor("", "Go to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Opening /{} failed (reference {})", event.getLocation().getPath(), id, parameter.getException());
        reference.setText("If it keeps happening, tell your administrator this reference: " + id + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
