package org.nightout.json;

import java.util.List;
import java.util.Set;
import org.nightout.core.Person;

/**
 * {@link Person} as {@code {"name": "Joshua Litwin", "rank": "Lt.", "title": ..., "affiliation": ...,
 * "contact": {...}}}.
 */
final class PersonFormat extends ObjectFormat<Person, Person.Builder> {
    static final PersonFormat INSTANCE = new PersonFormat();

    private PersonFormat() {
        super(Person.class, Person::builder, b -> b.build(),
                List.of("name", "rank", "title", "affiliation", "contact"), Set.of());
    }

    @Override
    void writeProperties(Person value, JsonOutput out) {
        out.text("name", value.name());
        out.text("rank", value.rank());
        out.text("title", value.title());
        out.text("affiliation", value.affiliation());
        out.object("contact", value.contact(), ContactFormat.INSTANCE);
    }

    @Override
    void readProperty(String name, Person.Builder b, JsonInput in) {
        switch (name) {
            case "name" -> b.name(in.text());
            case "rank" -> b.rank(in.text());
            case "title" -> b.title(in.text());
            case "affiliation" -> b.affiliation(in.text());
            case "contact" -> b.contact(in.object(ContactFormat.INSTANCE));
            default -> throw unhandled(name);
        }
    }
}
