package org.gongkai.disclosure;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GongkaiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Writes the module documentation to {@code target/spring-modulith-docs} (linked from
	 * the README): the diagram of all modules, one diagram and one canvas per module, and
	 * {@code all-docs.adoc} aggregating them.
	 */
	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
