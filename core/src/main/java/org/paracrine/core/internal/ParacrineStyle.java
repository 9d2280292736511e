package org.paracrine.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style shared by every value type of Paracrine: JDK collections only, builders whose {@code build()}
 * returns the abstract type, singular {@code addX} methods for list attributes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "analysis:analyses", "excipient:excipients", "entry:entries"},
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    // Only the JDK's source-retention marker: org.immutables.value.Generated would be written into the class files,
    // and every module compiling against them without Immutables on its class path would warn about it.
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class})
public @interface ParacrineStyle {}
