package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.LimitInput;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Inline editing of one limit of one row in the grid's (unbuffered) editor. Enter, Tab and leaving the field save;
 * Escape restores the shown value; an invalid value keeps the field open and focused with the rule next to it. On
 * touch screens the open editor has explicit Save and Cancel buttons instead of saving on blur, and tapping another
 * row's limit saves the open one first.
 */
class LimitEditor {

    /** Told to save a valid, changed value; {@code shown} is the value the editor opened with. */
    interface Saver {
        void save(SmtpUser user, LimitKind kind, int shown, int value);
    }

    private final Grid<SmtpUser> grid;
    private final Saver saver;
    private final Map<LimitKind, TextField> fields = new EnumMap<>(LimitKind.class);
    private final Map<LimitKind, HorizontalLayout> components = new EnumMap<>(LimitKind.class);
    private final Map<LimitKind, HorizontalLayout> touchButtons = new EnumMap<>(LimitKind.class);
    private boolean touch;
    private SmtpUser editing;
    private LimitKind editingKind;
    private int shown;

    LimitEditor(Grid<SmtpUser> grid, Saver saver) {
        this.grid = grid;
        this.saver = saver;
        Editor<SmtpUser> editor = grid.getEditor();
        editor.setBinder(new Binder<>(SmtpUser.class));
        editor.setBuffered(false);
        for (LimitKind kind : LimitKind.values()) {
            var field = new TextField();
            field.setAriaLabel(kind.label());
            field.setWidthFull();
            field.setMaxLength(20);
            field.getElement().setAttribute("inputmode", "numeric");
            field.addKeyDownListener(Key.ENTER, event -> commit(kind, false));
            field.addKeyDownListener(Key.ESCAPE, event -> cancel());
            if (kind.next() != null) {
                field.addKeyDownListener(Key.TAB, event -> commit(kind, true));
            }
            field.addBlurListener(event -> {
                if (!touch) {
                    commit(kind, false);
                }
            });
            var save = new Button("Save", click -> commit(kind, false));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.setAriaLabel("Save " + kind.label().toLowerCase(Locale.ROOT));
            save.addClassName("touch-target");
            var cancel = new Button("Cancel", click -> cancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cancel.addClassName("touch-target");
            var buttons = new HorizontalLayout(save, cancel);
            buttons.setSpacing(true);
            buttons.setVisible(false);
            var component = new HorizontalLayout(field, buttons);
            component.setAlignItems(FlexComponent.Alignment.CENTER);
            component.setWidthFull();
            component.setFlexGrow(1, field);
            component.addClassName("limit-editor");
            fields.put(kind, field);
            touchButtons.put(kind, buttons);
            components.put(kind, component);
        }
    }

    Component component(LimitKind kind) {
        return components.get(kind);
    }

    /** On touch screens the editor shows Save and Cancel and does not save when the field loses focus. */
    void setTouch(boolean touch) {
        this.touch = touch;
        showButtons();
    }

    /** Save and Cancel show next to the field being edited, on touch screens. */
    private void showButtons() {
        touchButtons.forEach((kind, buttons) -> buttons.setVisible(touch && kind == editingKind));
    }

    boolean isOpen() {
        return editing != null;
    }

    boolean isEditing(String name) {
        return editing != null && editing.name().equals(name);
    }

    /** Opens the editor on one limit of the row; an editor open elsewhere is saved first, or stays if invalid. */
    void open(SmtpUser current, LimitKind kind) {
        if (editing != null && !(isEditing(current.name()) && editingKind == kind)) {
            if (!commit(editingKind, false)) {
                return;
            }
        }
        editing = current;
        editingKind = kind;
        shown = kind.of(current);
        grid.getEditor().editItem(current);
        for (LimitKind each : LimitKind.values()) {
            fields.get(each).setValue(LimitInput.format(each.of(current)));
            fields.get(each).setInvalid(false);
            fields.get(each).setHelperText(null);
        }
        showButtons();
        fields.get(kind).focus();
    }

    /** Tells the user that the row they are editing was changed by someone else meanwhile. */
    void markChangedElsewhere() {
        if (editingKind != null) {
            fields.get(editingKind).setHelperText("Changed by someone else");
        }
    }

    /** Opens the editor again with what the user typed and why it was not saved. */
    void reopen(SmtpUser current, LimitKind kind, String typed, String message) {
        open(current, kind);
        if (isEditing(current.name())) {
            TextField field = fields.get(kind);
            field.setValue(typed);
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void cancel() {
        SmtpUser closed = editing;
        editing = null;
        editingKind = null;
        grid.getEditor().cancel();
        if (closed != null) {
            grid.getDataCommunicator().refresh(closed);
        }
    }

    /**
     * Saves the open limit when it is valid and changed; with {@code moveOn}, the editor moves to the next limit of
     * the same row instead of closing.
     *
     * @return whether the editor could leave this field (false: the value is invalid and the field stays)
     */
    private boolean commit(LimitKind kind, boolean moveOn) {
        if (editing == null || editingKind != kind) {
            // a second event for a value already committed, or leaving a field the editor moved away from
            return true;
        }
        TextField field = fields.get(kind);
        OptionalInt parsed = LimitInput.parse(field.getValue());
        if (parsed.isEmpty()) {
            field.setErrorMessage(SmtpUserService.LIMIT_RULE);
            field.setInvalid(true);
            field.focus();
            return false;
        }
        SmtpUser user = editing;
        int before = shown;
        if (moveOn) {
            editingKind = kind.next();
            shown = editingKind.of(user);
            showButtons();
            fields.get(editingKind).focus();
        } else {
            cancel();
        }
        if (parsed.getAsInt() != before) {
            saver.save(user, kind, before, parsed.getAsInt());
        }
        return true;
    }
}
