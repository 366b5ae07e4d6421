package nl.ontschot.app.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.ontschot.app.account.FirstStart;
import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.configuration.OntschotProperties;
import nl.ontschot.app.templates.TemplateCatalog;

/** On a fresh data folder, the product's templates become the admin's demo cases (unless --no-demo). */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private final CaseService cases;
	private final TemplateCatalog templates;
	private final OntschotProperties properties;

	DemoCases(CaseService cases, TemplateCatalog templates, OntschotProperties properties) {
		this.cases = cases;
		this.templates = templates;
		this.properties = properties;
	}

	@EventListener
	void load(FirstStart firstStart) {
		if (!properties.demo()) {
			return;
		}
		templates.all().forEach(t -> cases.create(firstStart.adminUserId(), t.document()));
		log.info("Loaded {} demo cases from the product's templates", templates.all().size());
	}
}
