package com.sendclean.portal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in page: a header with the portal's name, the features' header items (the tenant
 * switcher), the signed-in user and "Log out", and a drawer that AppLayout turns into an overlay on narrow screens
 * and tablets in portrait.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<NavigationContributor> contributors;
    private final SideNav nav = new SideNav();

    MainLayout(AuthenticationContext authenticationContext, ObjectProvider<NavigationContributor> contributorProvider) {
        this.contributors = contributorProvider.orderedStream().toList();
        setPrimarySection(Section.NAVBAR);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var title = new Span("SendClean Portal");
        title.addClassName("app-title");

        var userName = new Span(authenticationContext.getPrincipalName().orElse(""));
        userName.addClassName("current-user");
        userName.getElement().setAttribute("title", "Signed in as " + userName.getText());
        var logout = new LogOutButton(authenticationContext);
        logout.addClassName("logout-button");

        var spacer = new Div();
        spacer.addClassName("navbar-spacer");
        // one <header> (a banner landmark) holds the navbar's content, so none of it is outside a landmark
        var header = new Header(toggle, title, spacer);
        header.addClassName("app-header");
        contributors.forEach(contributor -> contributor.navbarItems().forEach(header::add));
        var profile = new Anchor("profile", "Profile");
        profile.addClassName("profile-link");
        header.add(userName, profile, logout);
        addToNavbar(header);

        nav.setLabel("Main menu");
        var drawer = new Scroller(nav);
        drawer.addClassName("drawer-content");
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        nav.removeAll();
        // no "Home" entry: the start page forwards to the current tenant's "Overview", which the drawer lists
        contributors.forEach(contributor -> contributor.menuItems(path).forEach(nav::addItem));
    }
}
