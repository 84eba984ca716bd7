package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.LimitInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * SendClean accepts an hourly limit above the total limit, so the portal does too, but says so: such an hourly limit
 * can never be reached, which is rarely what was meant.
 */
final class LimitHint {

    static final String TEXT = "hourly limit above total limit";

    private LimitHint() {}

    static boolean applies(Integer totalLimit, Integer hourlyLimit) {
        return totalLimit != null && hourlyLimit != null && hourlyLimit > totalLimit;
    }

    private static Integer parsed(TextField field) {
        var value = LimitInput.parse(field.getValue());
        return value.isPresent() ? value.getAsInt() : null;
    }

    /** Shows the hint below the hourly field while the two fields' values call for it. */
    static void watch(TextField total, TextField hourly) {
        String helper = hourly.getHelperText();
        Runnable update = () -> hourly.setHelperText(applies(parsed(total), parsed(hourly))
                ? "Allowed, but the " + TEXT + " can never be reached." : helper);
        for (TextField field : new TextField[] {total, hourly}) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(change -> update.run());
        }
    }
}
