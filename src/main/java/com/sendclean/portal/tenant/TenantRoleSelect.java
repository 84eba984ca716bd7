package com.sendclean.portal.tenant;

import com.vaadin.flow.component.select.Select;

/** A choice of tenant role, shown by its label; used wherever a membership is granted or changed. */
public final class TenantRoleSelect extends Select<TenantRole> {

    public TenantRoleSelect(TenantRole initial) {
        setItems(TenantRole.values());
        setItemLabelGenerator(TenantRole::label);
        setValue(initial);
    }

    /** A labelled choice, for forms. */
    public static TenantRoleSelect labelled(TenantRole initial) {
        var select = new TenantRoleSelect(initial);
        select.setLabel("Role");
        return select;
    }
}
