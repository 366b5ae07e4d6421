/**
 * Monte Carlo runs of a case's uncertainty, in the background: {@link Simulations} starts, follows and
 * reads them back. The store and the endpoints are in {@code internal}.
 */
@ApplicationModule(displayName = "Simulation", allowedDependencies = { "account", "cases", "web" })
package nl.ontschot.app.simulation;

import org.springframework.modulith.ApplicationModule;
