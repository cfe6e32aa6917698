package org.nightout.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nightout.core.ExtensionProperty;

/**
 * {@link ExtensionProperty} as {@code {"name": "X-ALT-DESC", "parameters": [{"name": "FMTTYPE", "value":
 * "text/html"}], "value": "..."}}; the value stays in the wire form of the format it came from.
 */
final class ExtensionPropertyFormat extends ObjectFormat<ExtensionProperty, ExtensionPropertyFormat.Parts> {
    static final ExtensionPropertyFormat INSTANCE = new ExtensionPropertyFormat();

    private ExtensionPropertyFormat() {
        super(ExtensionProperty.class, Parts::new,
                b -> new ExtensionProperty(b.name, b.parameters, b.value),
                List.of("name", "parameters", "value"), Set.of());
    }

    /** The components read so far. */
    static final class Parts {
        private String name;
        private List<ExtensionProperty.Parameter> parameters = new ArrayList<>();
        private String value;
    }

    @Override
    void writeProperties(ExtensionProperty value, JsonOutput out) {
        out.text("name", value.name());
        out.array("parameters", value.parameters(), ParameterFormat.INSTANCE);
        out.text("value", value.value());
    }

    @Override
    void readProperty(String name, Parts b, JsonInput in) {
        switch (name) {
            case "name" -> b.name = in.text();
            case "parameters" -> b.parameters = in.array(() -> in.object(ParameterFormat.INSTANCE));
            case "value" -> b.value = in.text();
            default -> throw unhandled(name);
        }
    }

    /** {@link ExtensionProperty.Parameter} as {@code {"name": "FMTTYPE", "value": "text/html"}}. */
    static final class ParameterFormat extends ObjectFormat<ExtensionProperty.Parameter, String[]> {
        static final ParameterFormat INSTANCE = new ParameterFormat();

        private ParameterFormat() {
            super(ExtensionProperty.Parameter.class, () -> new String[2],
                    b -> new ExtensionProperty.Parameter(b[0], b[1]), List.of("name", "value"), Set.of());
        }

        @Override
        void writeProperties(ExtensionProperty.Parameter value, JsonOutput out) {
            out.text("name", value.name());
            out.text("value", value.value());
        }

        @Override
        void readProperty(String name, String[] b, JsonInput in) {
            switch (name) {
                case "name" -> b[0] = in.text();
                case "value" -> b[1] = in.text();
                default -> throw unhandled(name);
            }
        }
    }
}
