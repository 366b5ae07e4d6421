/**
 * The app's own settings ({@link OntschotProperties}), read once at start.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = {})
package nl.ontschot.app.configuration;

import org.springframework.modulith.ApplicationModule;
