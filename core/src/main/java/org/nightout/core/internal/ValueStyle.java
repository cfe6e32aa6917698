package org.nightout.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of core's packages: generated classes hidden behind each type's own {@code builder()} and
 * {@code of(...)}, no validation of their own (each type's check reports every problem at once), no Guava, and no
 * nulls for optional attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        validationMethod = Value.Style.ValidationMethod.NONE,
        jdkOnly = true,
        allParameters = false,
        optionalAcceptNullable = false,
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {
}
