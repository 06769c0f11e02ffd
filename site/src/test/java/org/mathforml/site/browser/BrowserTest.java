package org.mathforml.site.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that reads pages in Chromium: one browser for the class, a fresh {@link
 * BrowserSession} per test (see {@link BrowserExtension} for what can be injected). Tagged {@code
 * browser} so a build can include or exclude these tests as a group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {}
