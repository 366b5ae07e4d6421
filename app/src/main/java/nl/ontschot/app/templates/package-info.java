/**
 * The case templates the product ships ({@link TemplateCatalog}).
 */
@ApplicationModule(displayName = "Templates", allowedDependencies = {})
package nl.ontschot.app.templates;

import org.springframework.modulith.ApplicationModule;
