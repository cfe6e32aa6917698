package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Contact;

/** {@link Contact} as {@code {"phone": "(715) 839-4972", "email": ..., "address": {...}}}. */
final class ContactFormat extends ObjectFormat<Contact, Contact.Builder> {
    static final ContactFormat INSTANCE = new ContactFormat();

    private ContactFormat() {
        super(Contact.class, Contact::builder, b -> b.build(),
                List.of("phone", "email", "address"), Set.of());
    }

    @Override
    void writeProperties(Contact value, JsonOutput out) {
        out.text("phone", value.phone());
        out.text("email", value.email());
        out.object("address", value.address(), PostalAddressFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Contact.Builder b, JsonInput in) {
        switch (name) {
            case "phone" -> b.phone(in.text());
            case "email" -> b.email(in.text());
            case "address" -> b.address(in.object(PostalAddressFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
