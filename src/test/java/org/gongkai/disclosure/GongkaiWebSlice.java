package org.gongkai.disclosure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gongkai.disclosure.accounts.WebSliceSecurity;
import org.gongkai.disclosure.deadlines.CalendarAdministration;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice of one or more controllers ({@code @WebMvcTest}): MVC, Jackson with the
 * application's settings, the RFC 9457 problem details of {@code ApiProblems}, and the
 * application's security (filter chain and {@code @PreAuthorize}), without a database or
 * the engine. The test declares the controller's collaborators as {@code @MockitoBean}s.
 * The one mocked here is the collaborator of a {@code @ControllerAdvice} every slice
 * loads (the administrator's calendar reminders in the page header); no slice test uses
 * it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSliceSecurity.class)
@MockitoBean(types = CalendarAdministration.class)
public @interface GongkaiWebSlice {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
