package nl.ontschot.app.instrument.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.ontschot.engine.calculation.PreparedCase;
import nl.ontschot.engine.model.Case;
import nl.ontschot.engine.result.CalculationResult;
import nl.ontschot.engine.result.Flows;
import nl.ontschot.engine.result.MoneyFlow;
import nl.ontschot.engine.result.PartyResult;
import nl.ontschot.engine.result.Payment;
import nl.ontschot.engine.text.Amounts;

/**
 * The charts of a case, drawn on the server as SVG (no script, so the strict Content-Security-Policy
 * holds and they print). Each has a title, a sentence for screen readers and a table with its figures.
 */
@Component
public class Charts {

	private static final String[] COLOURS = { "#0b5394", "#b45f06", "#38761d", "#741b47", "#134f5c", "#7f6000",
			"#3d85c6", "#cc0000" };
	private static final String[] DASHES = { "none", "6 3", "2 3", "8 3 2 3" };
	private static final int WIDTH = 760;

	private final MessageSource messages;

	public Charts(MessageSource messages) {
		this.messages = messages;
	}

	/** A chart: its SVG, and its figures as a table (header row first). */
	public record Chart(String id, String title, String description, String svg, List<List<String>> table) {
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String euros(double v, Locale locale) {
		return Amounts.euros(Math.round(v), locale);
	}

	private static String esc(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	public List<Chart> all(PreparedCase c, CalculationResult result, Locale locale) {
		return List.of(costsAndBenefits(result, locale), cumulative(result, locale), flows(c, result, locale),
				settlement(result, locale));
	}

	/** Costs, cash benefits and released capacity (in euros) over the horizon per party, three bars each. */
	Chart costsAndBenefits(CalculationResult result, Locale locale) {
		List<String> names = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (PartyResult p : result.parties()) {
			Flows t = p.total();
			double costs = t.itemCosts() + Math.max(0, -t.revenueChange()) + Math.max(0, t.operatingCostChange())
					+ Math.max(0, t.expenseChange()) + Math.max(0, -t.arrangementTransfers());
			double benefits = t.itemBenefits() + Math.max(0, t.revenueChange()) + Math.max(0, -t.operatingCostChange())
					+ Math.max(0, -t.expenseChange()) + Math.max(0, t.arrangementTransfers());
			names.add(p.name());
			// released time is worth money but is no cash: a series of its own, not among the benefits
			values.add(new double[] { costs, benefits, t.capacity() });
		}
		String[] series = { text("charts.costs", locale), text("charts.benefits", locale),
				text("charts.capacity", locale) };
		return bars("costs-benefits", text("charts.costsBenefits", locale), text("charts.costsBenefitsText", locale),
				names, values, series, locale);
	}

	/** Net before and after settlement per party, in the settlement's basis. */
	Chart settlement(CalculationResult result, Locale locale) {
		List<String> names = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (PartyResult p : result.parties()) {
			names.add(p.name());
			values.add(new double[] { p.netAfterSettlement() - p.settlement(), p.netAfterSettlement() });
		}
		String[] series = { text("charts.before", locale), text("charts.after", locale) };
		return bars("settlement", text("charts.settlement", locale), text("charts.settlementText", locale,
				text("method." + result.settlement().method(), locale)), names, values, series, locale);
	}

	/** Horizontal bars, one per series for each party, with the amount written beside each bar. */
	Chart bars(String id, String title, String description, List<String> names, List<double[]> values,
			String[] series, Locale locale) {
		double max = 1;
		double min = 0;
		for (double[] v : values) {
			for (double x : v) {
				max = Math.max(max, x);
				min = Math.min(min, x);
			}
		}
		int label = 190;
		int plot = WIDTH - label - 110;
		double scale = plot / (max - min);
		double zero = label + (-min) * scale;
		int rowHeight = 8 + 19 * series.length;
		// the legend takes a row per three series
		int top = 36 + (series.length - 1) / 3 * 20;
		int height = top + 4 + names.size() * rowHeight;
		StringBuilder svg = open(id, title, description, height);
		legend(svg, series, 0, false);
		svg.append("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#4a4a4a\"/>".formatted(zero, top - 6,
				zero, height));
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(text("summary.party", locale)));
		header.addAll(List.of(series));
		table.add(header);
		for (int i = 0; i < names.size(); i++) {
			int y = top + i * rowHeight;
			svg.append("<text x=\"0\" y=\"%d\" font-size=\"13\">%s</text>".formatted(y + 18, esc(shorten(names.get(i)))));
			List<String> row = new ArrayList<>(List.of(names.get(i)));
			for (int s = 0; s < series.length; s++) {
				double v = values.get(i)[s];
				double x1 = Math.min(zero, zero + v * scale);
				double w = Math.abs(v * scale);
				int by = y + s * 19;
				svg.append("<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>".formatted(x1, by,
						Math.max(w, 0.5), COLOURS[s % COLOURS.length]));
				double tx = v >= 0 ? zero + w + 4 : zero + 4;
				svg.append("<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%s</text>".formatted(tx, by + 12,
						esc(euros(v, locale))));
				row.add(euros(v, locale));
			}
			table.add(row);
		}
		return new Chart(id, title, description, svg.append("</svg>").toString(), table);
	}

	/**
	 * How a party's net after settlement spread over the draws of a simulation: a bar per bin of equal width
	 * from the lowest to the highest value, bins below zero in red, a line at zero when it lies in between.
	 * Small, to stand beside the others (a viewBox of its own width).
	 */
	Chart histogram(String id, String party, double from, double to, int[] counts, String loss, Locale locale) {
		int width = 300;
		int height = 130;
		int top = 8;
		int plotH = 86;
		int most = Math.max(1, Arrays.stream(counts).max().orElse(1));
		double bin = (to - from) / counts.length;
		String title = text("charts.histogram", locale, party);
		String description = text("charts.histogramText", locale, party, euros(from, locale), euros(to, locale), loss);
		StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-t %s-d\"><title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>"
				.formatted(width, height, id, id, id, esc(title), id, esc(description)));
		// every draw the same value: one narrow bar in the middle, not a block that looks like a spread
		double barW = counts.length == 1 ? width / 10.0 : (double) width / counts.length;
		double left = counts.length == 1 ? (width - barW) / 2 : 0;
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(text("charts.histogramBin", locale), text("charts.histogramCount", locale)));
		for (int b = 0; b < counts.length; b++) {
			double h = plotH * counts[b] / (double) most;
			double lower = from + b * bin;
			boolean below = lower + bin < -1e-6;
			svg.append("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>".formatted(left + b * barW + 0.5,
					top + plotH - h, Math.max(barW - 1, 0.5), h, below ? "#cc0000" : COLOURS[0]));
			table.add(List.of(text("charts.histogramRange", locale, euros(lower, locale), euros(lower + bin, locale)),
					Integer.toString(counts[b])));
		}
		if (from < 0 && to > 0) {
			double zero = width * (-from) / (to - from);
			svg.append("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1a1a1a\" stroke-dasharray=\"3 2\"/>"
					.formatted(zero, top, zero, top + plotH + 4));
		}
		if (counts.length == 1) {
			svg.append("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>".formatted(width / 2,
					top + plotH + 18, esc(euros(from, locale))));
		} else {
			svg.append("<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>".formatted(top + plotH + 18,
					esc(euros(from, locale))));
			svg.append("<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>".formatted(width,
					top + plotH + 18, esc(euros(to, locale))));
		}
		return new Chart(id, title, description, svg.append("</svg>").toString(), table);
	}

	/** The cumulative net effect per party over the years: when does each party break even? */
	Chart cumulative(CalculationResult result, Locale locale) {
		int years = result.years().size();
		List<double[]> lines = new ArrayList<>();
		double max = 1;
		double min = -1;
		for (PartyResult p : result.parties()) {
			double[] cum = new double[years];
			double sum = 0;
			for (int t = 0; t < years; t++) {
				sum += p.years().get(t).flows().net();
				cum[t] = sum;
				max = Math.max(max, sum);
				min = Math.min(min, sum);
			}
			lines.add(cum);
		}
		int left = 110;
		int top = 30 + 20 * ((result.parties().size() + 2) / 3);
		int plotW = WIDTH - left - 20;
		int plotH = 260;
		int height = top + plotH + 40;
		String title = text("charts.cumulative", locale);
		StringBuilder svg = open("cumulative", title, text("charts.cumulativeText", locale), height);
		legend(svg, result.parties().stream().map(PartyResult::name).toArray(String[]::new), 0, true);
		double highest = max;
		double range = max - min;
		java.util.function.DoubleUnaryOperator yOf = v -> top + (highest - v) / range * plotH;
		java.util.function.IntToDoubleFunction xOf = t -> left + (years == 1 ? plotW / 2.0 : t * plotW / (years - 1.0));
		for (double tick : new double[] { max, 0, min }) {
			svg.append("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c8ced6\"/>".formatted(left,
					yOf.applyAsDouble(tick), left + plotW, yOf.applyAsDouble(tick)));
			svg.append("<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%s</text>".formatted(left - 6,
					yOf.applyAsDouble(tick) + 4, esc(euros(tick, locale))));
		}
		for (int t = 0; t < years; t++) {
			svg.append("<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>".formatted(
					xOf.applyAsDouble(t), top + plotH + 18, result.years().get(t)));
		}
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(text("summary.party", locale)));
		result.years().forEach(y -> header.add(String.valueOf(y)));
		table.add(header);
		for (int i = 0; i < lines.size(); i++) {
			StringBuilder points = new StringBuilder();
			List<String> row = new ArrayList<>(List.of(result.parties().get(i).name()));
			for (int t = 0; t < years; t++) {
				points.append("%.1f,%.1f ".formatted(xOf.applyAsDouble(t), yOf.applyAsDouble(lines.get(i)[t])));
				row.add(euros(lines.get(i)[t], locale));
			}
			svg.append("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" stroke-dasharray=\"%s\" points=\"%s\"/>"
					.formatted(COLOURS[i % COLOURS.length], DASHES[i % DASHES.length], points.toString().strip()));
			table.add(row);
		}
		return new Chart("cumulative", title, text("charts.cumulativeText", locale), svg.append("</svg>").toString(),
				table);
	}

	/**
	 * Money flows from financiers to providers (a Sankey diagram): one year in the current situation, and one
	 * year in the future situation with the settlement's payments (spread over the horizon) added.
	 */
	Chart flows(PreparedCase prepared, CalculationResult result, Locale locale) {
		Case c = prepared.source();
		Map<String, String> names = new LinkedHashMap<>();
		c.parties().forEach(p -> names.put(p.id(), p.name()));
		Map<List<String>, Double> before = new LinkedHashMap<>();
		Map<List<String>, Double> after = new LinkedHashMap<>();
		for (MoneyFlow flow : prepared.steadyFlows()) {
			before.merge(List.of(flow.from(), flow.to(), CARE), flow.current(), Double::sum);
			after.merge(List.of(flow.from(), flow.to(), CARE), flow.future(), Double::sum);
		}
		for (Payment p : result.settlement().payments()) {
			after.merge(List.of(p.from(), p.to(), SETTLEMENT), p.euros() / c.horizonYears(), Double::sum);
		}
		String others = text("charts.others", locale);
		Map<List<String>, Double> shownBefore = grouped(before, OTHERS);
		Map<List<String>, Double> shownAfter = grouped(after, OTHERS);
		names.put(OTHERS, others);
		double total = Math.max(1, Math.max(sum(shownBefore), sum(shownAfter)));
		int nodes = Math.max(Math.max(ends(shownBefore, 0), ends(shownBefore, 1)),
				Math.max(ends(shownAfter, 0), ends(shownAfter, 1)));
		// the bands share a height of their own; a node's label needs its space besides
		int plot = BANDS + nodes * (NODE_SPACE + NODE_GAP);
		int height = 60 + plot + 30;
		String title = text("charts.flows", locale);
		StringBuilder svg = open("flows", title, text("charts.flowsText", locale), height);
		sankey(svg, shownBefore, names, 0, text("charts.flowsBefore", locale), total, locale);
		sankey(svg, shownAfter, names, WIDTH / 2 + 10, text("charts.flowsAfter", locale), total, locale);
		legend(svg, result.settlement().payments().isEmpty() ? new String[] { text("charts.flowsCare", locale) }
				: new String[] { text("charts.flowsCare", locale), text("charts.flowsSettlement", locale) },
				height - 24, false);
		List<List<String>> table = new ArrayList<>();
		table.add(List.of(text("charts.from", locale), text("charts.to", locale), text("charts.flowKind", locale),
				text("charts.flowsBefore", locale), text("charts.flowsAfter", locale)));
		java.util.Set<List<String>> keys = new java.util.LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (List<String> key : keys) {
			table.add(List.of(names.get(key.get(0)), names.get(key.get(1)),
					text(key.get(2).equals(CARE) ? "charts.flowsCare" : "charts.flowsSettlement", locale),
					euros(before.getOrDefault(key, 0.0), locale), euros(after.getOrDefault(key, 0.0), locale)));
		}
		return new Chart("flows", title, text("charts.flowsText", locale), svg.append("</svg>").toString(), table);
	}

	private static final String CARE = "care";
	private static final String SETTLEMENT = "settlement";
	/** The node that stands for the parties left out of a panel. */
	private static final String OTHERS = "\u0000others";
	/** At most this many payers and receivers drawn; the rest together as "overige partijen". */
	private static final int MOST_NODES = 8;
	/** The height a node takes at least (its name and amount on two lines), and the gap between two. */
	private static final int NODE_SPACE = 26;
	private static final int NODE_GAP = 6;
	/** The height that all bands of a panel share, in proportion to their money. */
	private static final int BANDS = 260;

	/**
	 * The flows with the smaller payers and receivers together as one node each: the {@link #MOST_NODES} − 1
	 * largest stay, when there are more.
	 */
	private static Map<List<String>, Double> grouped(Map<List<String>, Double> flows, String others) {
		java.util.Set<String> payers = largest(flows, 0);
		java.util.Set<String> receivers = largest(flows, 1);
		Map<List<String>, Double> shown = new LinkedHashMap<>();
		flows.forEach((k, v) -> {
			if (v > 0) {
				shown.merge(List.of(payers.contains(k.get(0)) ? k.get(0) : others,
						receivers.contains(k.get(1)) ? k.get(1) : others, k.get(2)), v, Double::sum);
			}
		});
		return shown;
	}

	private static java.util.Set<String> largest(Map<List<String>, Double> flows, int end) {
		Map<String, Double> totals = new LinkedHashMap<>();
		flows.forEach((k, v) -> {
			if (v > 0) {
				totals.merge(k.get(end), v, Double::sum);
			}
		});
		int keep = totals.size() <= MOST_NODES ? totals.size() : MOST_NODES - 1;
		return totals.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(keep)
				.map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	private static int ends(Map<List<String>, Double> flows, int end) {
		return (int) flows.keySet().stream().map(k -> k.get(end)).distinct().count();
	}

	private static double sum(Map<List<String>, Double> flows) {
		return flows.values().stream().mapToDouble(Double::doubleValue).filter(v -> v > 0).sum();
	}

	/**
	 * One Sankey panel: payers on the left, receivers on the right, bands as wide as the money (care in blue,
	 * settlement payments in orange); each node at least two lines of text high, so labels never overlap.
	 */
	private static void sankey(StringBuilder svg, Map<List<String>, Double> flows, Map<String, String> names, int x0,
			String caption, double total, Locale locale) {
		int panel = WIDTH / 2 - 10;
		Map<String, Double> out = new LinkedHashMap<>();
		Map<String, Double> in = new LinkedHashMap<>();
		flows.forEach((k, v) -> {
			out.merge(k.get(0), v, Double::sum);
			in.merge(k.get(1), v, Double::sum);
		});
		double scale = BANDS / total;
		svg.append("<text x=\"%d\" y=\"16\" font-size=\"13\" font-weight=\"bold\">%s</text>".formatted(x0, esc(caption)));
		Map<String, double[]> leftY = stack(largestFirst(out), scale, 40);
		Map<String, double[]> rightY = stack(largestFirst(in), scale, 40);
		int nodeW = 10;
		int lx = x0 + 130;
		int rx = x0 + panel - 140;
		flows.forEach((k, v) -> {
			double[] l = leftY.get(k.get(0));
			double[] r = rightY.get(k.get(1));
			double w = v * scale;
			double ly = l[2] + w / 2;
			double ry = r[2] + w / 2;
			l[2] += w;
			r[2] += w;
			double mid = (lx + nodeW + rx) / 2.0;
			svg.append("<path d=\"M%d,%.1f C%.1f,%.1f %.1f,%.1f %d,%.1f\" fill=\"none\" stroke=\"%s\" stroke-opacity=\"0.5\" stroke-width=\"%.1f\"/>"
					.formatted(lx + nodeW, ly, mid, ly, mid, ry, rx, ry,
							k.get(2).equals(CARE) ? COLOURS[0] : COLOURS[1], Math.max(w, 1)));
		});
		leftY.forEach((id, y) -> node(svg, lx, y, nodeW, names.get(id), out.get(id), true, locale));
		rightY.forEach((id, y) -> node(svg, rx, y, nodeW, names.get(id), in.get(id), false, locale));
	}

	/** The nodes from the largest amount down, "overige partijen" last. */
	private static Map<String, Double> largestFirst(Map<String, Double> totals) {
		Map<String, Double> sorted = new LinkedHashMap<>();
		totals.entrySet().stream().filter(e -> !e.getKey().equals(OTHERS))
				.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		if (totals.containsKey(OTHERS)) {
			sorted.put(OTHERS, totals.get(OTHERS));
		}
		return sorted;
	}

	/** Per node its top, its bottom and where its next band starts; at least {@link #NODE_SPACE} apart. */
	private static Map<String, double[]> stack(Map<String, Double> totals, double scale, double top) {
		Map<String, double[]> y = new LinkedHashMap<>();
		double at = top;
		for (Map.Entry<String, Double> e : totals.entrySet()) {
			double h = e.getValue() * scale;
			// the band sits in the middle of the node's space
			double start = at + Math.max(0, NODE_SPACE - h) / 2;
			y.put(e.getKey(), new double[] { start, start + h, start });
			at += Math.max(h, NODE_SPACE) + NODE_GAP;
		}
		return y;
	}

	/** A node with its name and amount on two lines beside it, on the outer side of the panel. */
	private static void node(StringBuilder svg, int x, double[] y, int w, String name, double value, boolean left,
			Locale locale) {
		double h = Math.max(y[1] - y[0], 1);
		svg.append("<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#083d6d\"/>".formatted(x, y[0], w, h));
		int tx = left ? x - 4 : x + w + 4;
		String anchor = left ? "end" : "start";
		double ty = y[0] + h / 2;
		String shortName = name.length() <= 20 ? name : name.substring(0, 19) + "…";
		svg.append("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>".formatted(tx, ty - 2,
				anchor, esc(shortName)));
		svg.append("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>".formatted(tx, ty + 11,
				anchor, esc(euros(value, locale))));
	}

	private static StringBuilder open(String id, String title, String description, int height) {
		return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-t %s-d\"><title id=\"%s-t\">%s</title><desc id=\"%s-d\">%s</desc>"
				.formatted(WIDTH, height, id, id, id, esc(title), id, esc(description)));
	}

	private static void legend(StringBuilder svg, String[] series, int y, boolean dashed) {
		for (int s = 0; s < series.length; s++) {
			int x = (s % 3) * 250;
			int row = y + 4 + (s / 3) * 20;
			svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"8\" stroke-dasharray=\"%s\"/>"
					.formatted(x, row + 6, x + 22, row + 6, COLOURS[s % COLOURS.length],
							dashed ? DASHES[s % DASHES.length] : "none"));
			svg.append("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>".formatted(x + 28, row + 10,
					esc(shorten(series[s]))));
		}
	}

	private static String shorten(String name) {
		return name.length() <= 28 ? name : name.substring(0, 27) + "…";
	}
}
