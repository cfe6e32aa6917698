package org.nightout.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nightout.core.ExtensionComponent;
import org.nightout.core.ExtensionProperty;

/**
 * {@link ExtensionComponent} as {@code {"name": "VALARM", "properties": [...], "components": [...]}}, its properties
 * as {@link ExtensionPropertyFormat} writes them.
 */
final class ExtensionComponentFormat extends ObjectFormat<ExtensionComponent, ExtensionComponentFormat.Parts> {
    static final ExtensionComponentFormat INSTANCE = new ExtensionComponentFormat();

    private ExtensionComponentFormat() {
        super(ExtensionComponent.class, Parts::new, b -> new ExtensionComponent(b.name, b.properties, b.components),
                List.of("name", "properties", "components"), Set.of());
    }

    /** The parts read so far. */
    static final class Parts {
        private String name;
        private List<ExtensionProperty> properties = new ArrayList<>();
        private List<ExtensionComponent> components = new ArrayList<>();
    }

    @Override
    void writeProperties(ExtensionComponent value, JsonOutput out) {
        out.text("name", value.name());
        out.array("properties", value.properties(), ExtensionPropertyFormat.INSTANCE);
        out.array("components", value.components(), INSTANCE);
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "name" -> b.name = in.text();
            case "properties" -> b.properties = in.array(() -> in.object(ExtensionPropertyFormat.INSTANCE));
            case "components" -> b.components = in.array(() -> in.object(INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
