package com.sendclean.portal.smtpusers.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** "Search by name" over the shown list: filters as the user pauses typing, never asks SendClean. */
final class SmtpUserSearchField extends TextField {

    SmtpUserSearchField() {
        setPlaceholder("Search by name");
        setAriaLabel("Search by name");
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxLength(100);
        setValueChangeMode(ValueChangeMode.LAZY);
    }
}
