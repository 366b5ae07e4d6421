package nl.ontschot.app.collaboration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.app.cases.CaseService;
import nl.ontschot.app.instrument.SteeringReport;
import nl.ontschot.app.reports.PdfReport;
import nl.ontschot.app.web.Dates;

/**
 * The intentieverklaring as a PDF: the agreement of the proposed version (the chosen method and its payments
 * with their dates, the arrangements, each party's result) and the signatures with the content hash they
 * signed; made like the steering group's report, from the same figures.
 */
@Component
public class Intentieverklaring {

	private final CaseService cases;
	private final PdfReport pdf;
	private final MessageSource messages;

	Intentieverklaring(CaseService cases, PdfReport pdf, MessageSource messages) {
		this.cases = cases;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** A signature as the declaration lists it. */
	record Line(String party, String name, String function, String organisation, String signedAt) {
	}

	/** The signer's organisation, and when the owner signed for a party without a member, that it did so. */
	static String organisation(Signoff.Signature signature, MessageSource messages, Locale locale) {
		return signature.onBehalf() ? signature.organisation() + " ("
				+ messages.getMessage("signoff.onBehalf", null, locale) + ")" : signature.organisation();
	}

	public byte[] of(long userId, UUID caseId, Signoff signoff, Locale locale) {
		String document = cases.version(userId, caseId, signoff.version());
		String version = messages.getMessage("report.versionNumber", new Object[] { signoff.version() }, locale);
		List<Line> lines = signoff.signatures().stream().map(s -> new Line(s.partyName(), s.name(), s.function(),
				organisation(s, messages, locale), Dates.dateTime(s.signedAt()))).toList();
		return pdf.render("reports/intentieverklaring", Map.of("signoff", signoff, "signatures", lines,
				"declarationTitle", messages.getMessage("signoff.pdfTitle", null, locale)), document,
				new SteeringReport.Source(version, LocalDate.now()), locale);
	}
}
