package org.gongkai.disclosure;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the {@link TestClock} back to the real "now" after every test and after every test
 * class, so a date set by one test never leaks into the next (all integration tests share
 * one context, hence one clock). Registered by {@link GongkaiIntegrationTest}: a test
 * sets dates freely and never resets the clock itself.
 */
public class ResetsTestClock implements AfterEachCallback, AfterAllCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		reset(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		reset(context);
	}

	private static void reset(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
	}

}
