/**
 * The stateless calculation endpoint, and the gate that limits how many calculations run at once
 * ({@link SynchronousCalculation}). The rest is in {@code internal}.
 */
@ApplicationModule(displayName = "Calculation", allowedDependencies = { "web" })
package nl.ontschot.app.calculation;

import org.springframework.modulith.ApplicationModule;
