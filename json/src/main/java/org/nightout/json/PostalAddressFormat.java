package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.PostalAddress;
import org.nightout.core.UsState;

/** {@link PostalAddress} as {@code {"street": ..., "locality": "Eau Claire", "state": "WI", "postalCode": ...}}. */
final class PostalAddressFormat extends ObjectFormat<PostalAddress, PostalAddress.Builder> {
    static final PostalAddressFormat INSTANCE = new PostalAddressFormat();

    private PostalAddressFormat() {
        super(PostalAddress.class, PostalAddress::builder, b -> b.build(),
                List.of("street", "locality", "state", "postalCode"), Set.of());
    }

    @Override
    void writeProperties(PostalAddress value, JsonOutput out) {
        out.text("street", value.street());
        out.text("locality", value.locality());
        out.enumValue("state", value.state());
        out.text("postalCode", value.postalCode());
    }

    @Override
    void readProperty(String name, PostalAddress.Builder b, JsonInput in) {
        switch (name) {
            case "street" -> b.street(in.text());
            case "locality" -> b.locality(in.text());
            case "state" -> b.state(in.enumValue(UsState.class));
            case "postalCode" -> b.postalCode(in.text());
            default -> throw unhandled(name);
        }
    }
}
