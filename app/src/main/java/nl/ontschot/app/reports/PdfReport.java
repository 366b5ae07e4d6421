package nl.ontschot.app.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;

import nl.ontschot.app.instrument.SteeringReport;
import nl.ontschot.engine.result.UncertaintyResult;

/**
 * The steering group's report as a PDF (ADR 18): the template {@code reports/report.html} filled with
 * {@link SteeringReport}'s figures, laid out on A4 by openhtmltopdf, tagged for PDF/UA with its title and
 * language, DejaVu Sans embedded (it has the euro sign), the charts as vector graphics. Plain Java, so that the
 * command line makes the same document as the server.
 */
public final class PdfReport {

	private static final String FONT = "DejaVu Sans";

	private final SteeringReport report;
	private final SpringTemplateEngine templates;
	private final byte[] regular;
	private final byte[] bold;

	public PdfReport(MessageSource messages) {
		this.report = new SteeringReport(messages);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfReport.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		// XML: the renderer reads XHTML, and the template must be well-formed to be read at all
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		templates.setTemplateResolver(resolver);
		templates.setTemplateEngineMessageSource(messages);
		// the layout library tells how each document went; only its warnings concern us
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
		this.regular = withoutSubstitutions(resource("fonts/DejaVuSans.ttf"));
		this.bold = withoutSubstitutions(resource("fonts/DejaVuSans-Bold.ttf"));
	}

	private static byte[] resource(String name) {
		try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing from the application: " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The font without its glyph substitution table (GSUB: ligatures, contextual forms), which Dutch and English
	 * text does not need and which made the PDF library look up every string of the report in it (a third of
	 * the time). The table's entry in the font's directory gets a tag that no reader knows, so it is passed
	 * over; nothing else of the font changes.
	 */
	static byte[] withoutSubstitutions(byte[] font) {
		ByteBuffer data = ByteBuffer.wrap(font);
		int tables = data.getShort(4) & 0xFFFF;
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (data.getInt(record) == GSUB) {
				data.putInt(record, UNUSED);
			}
		}
		return font;
	}

	private static final int GSUB = 0x47535542; // "GSUB"
	private static final int UNUSED = 0x7A7A7A7A; // "zzzz"

	/** The report's XHTML: what the PDF lays out. */
	String html(String document, SteeringReport.Source source, Optional<UncertaintyResult> uncertainty, Locale locale) {
		Context context = new Context(locale, report.variables(document, source, uncertainty, locale));
		return templates.process("reports/report", context);
	}

	/**
	 * The PDF of a case document.
	 *
	 * @param uncertainty the result of an uncertainty run of this very version, when one finished
	 * @throws nl.ontschot.engine.InvalidCaseException when the document is no valid case
	 */
	public byte[] render(String document, SteeringReport.Source source, Optional<UncertaintyResult> uncertainty,
			Locale locale) {
		return pdf(html(document, source, uncertainty, locale));
	}

	/**
	 * Another document of a case version made the same way (the intentieverklaring): {@code template} gets the
	 * report's variables and {@code more}.
	 */
	public byte[] render(String template, Map<String, Object> more, String document, SteeringReport.Source source,
			Locale locale) {
		Map<String, Object> variables = new HashMap<>(report.variables(document, source, Optional.empty(), locale));
		variables.putAll(more);
		return pdf(templates.process(template, new Context(locale, variables)));
	}

	private byte[] pdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			// the report is made of the case alone: nothing outside it is fetched, whatever a text contains
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer("Ontschot");
			builder.withHtmlContent(html, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
					PDDocument pdf = renderer.createPDFKeepOpen()) {
				// in object streams: the tagging's tens of thousands of objects take a quarter of the space (the
				// 25-party case's 94 pages 3 MB instead of 12), and the smaller file is written faster too
				pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
