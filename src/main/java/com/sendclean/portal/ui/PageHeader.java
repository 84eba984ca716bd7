package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A page's title with its main actions on the same line, wrapping under it on narrow screens. */
public final class PageHeader extends HorizontalLayout {

    public PageHeader(String title, Component... actions) {
        add(new H1(title));
        add(actions);
        setWidthFull();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    }
}
