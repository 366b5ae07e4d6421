package nl.ontschot.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The app's features are modules: each one's API is its package root, the rest is internal, and no two modules
 * depend on each other in a cycle. The module documentation in {@code docs/modules} is written from the same
 * model, so it shows the structure this test checked.
 */
class ModulesTest {

	static final ApplicationModules MODULES = ApplicationModules.of(OntschotApplication.class);

	@Test
	void everyModuleUsesOnlyTheApiOfTheOthersAndNoneDependOnEachOtherInACycle() {
		MODULES.verify();
	}
}
