package org.gongkai.disclosure.proactive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.agencies.Agencies;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.shared.InvalidFields;
import org.gongkai.disclosure.shared.RefusalWords;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registry's grid: a year's section 二 as the format prints it, every cell an input,
 * each row with its source and note, saved in one POST and one transaction
 * ({@link ProactiveRegistry#enterGrid}); every problem beside its cell and listed at the
 * top, and everything typed kept. 「按上一年度预填」 fills what last year carries: each row's
 * source and note, and the 2019 format's 上一年项目数量 (last year's plus its 本年增/减) — the
 * year's own counts are left to type, with last year's shown beside each cell.
 */
@Controller
@RequestMapping("/officer/reports/registry")
class RegistryPages {

	private final ProactiveRegistry registry;

	private final Agencies agencies;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	RegistryPages(ProactiveRegistry registry, Agencies agencies, Clock clock, MessageSourceAccessor messages) {
		this.registry = registry;
		this.agencies = agencies;
		this.clock = clock;
		this.messages = messages;
	}

	/** One input of the grid, with the current and last year's figure and its problem. */
	record CellView(String field, String column, String value, String current, String lastYear, String error) {
	}

	/**
	 * One row: its cells, and the source and note it gives every figure entered in it.
	 */
	record RowView(String key, String label, List<CellView> cells, String source, String note, String sourceError,
			String noteError) {
	}

	record TableView(String title, List<String> columns, List<RowView> rows) {
	}

	/**
	 * A problem as the summary lists it: the input it belongs to, that input's name (row
	 * and column) and the message.
	 */
	record Problem(String field, String name, String message) {
	}

	@GetMapping
	String grid(@AuthenticationPrincipal GongkaiUser user, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String format,
			@RequestParam(defaultValue = "false") boolean copy, Model model) {
		Agency own = editable(user, agency);
		int y = year == null ? Year.now(clock).getValue() - 1 : year;
		RegistryLayout layout = RegistryLayout.named(format, y);
		Map<ProactiveItem, ProactiveEntry> latest = registry.latest(own.id(), y);
		Map<ProactiveItem, ProactiveEntry> previous = registry.latest(own.id(), y - 1);
		Map<ProactiveItem, BigDecimal> carried = copy ? ProactiveRegistry.carried(previous) : Map.of();
		Map<String, String> typed = new LinkedHashMap<>();
		for (RegistryLayout.Table t : layout.tables()) {
			for (RegistryLayout.Row r : t.rows()) {
				ProactiveEntry rowEntry = rowEntry(r, latest);
				ProactiveEntry lastYears = rowEntry(r, previous);
				for (ProactiveItem item : r.items()) {
					ProactiveEntry e = latest.get(item);
					BigDecimal value = e != null ? e.value() : carried.get(item);
					typed.put("value." + item.name(), value == null ? "" : value.toPlainString());
				}
				ProactiveEntry texts = rowEntry != null ? rowEntry : copy ? lastYears : null;
				typed.put("source." + r.key(), texts == null ? "" : texts.source());
				typed.put("note." + r.key(), texts == null || texts.note() == null ? "" : texts.note());
			}
		}
		if (copy) {
			model.addAttribute("message",
					previous.isEmpty() ? messages.getMessage("registry.copied.nothing", new Object[] { y - 1 })
							: messages.getMessage("registry.copied", new Object[] { y - 1,
									carried.isEmpty() ? "" : messages.getMessage("registry.copied.previousCount") }));
		}
		return page(model, own, y, layout, typed, Map.of(), latest, previous);
	}

	@PostMapping
	String save(@AuthenticationPrincipal GongkaiUser user, @RequestParam String agency, @RequestParam int year,
			@RequestParam String format, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Agency own = editable(user, agency);
		RegistryLayout layout = RegistryLayout.named(format, year);
		List<ProactiveRegistry.TypedFigure> cells = new ArrayList<>();
		for (RegistryLayout.Table t : layout.tables()) {
			for (RegistryLayout.Row r : t.rows()) {
				for (ProactiveItem item : r.items()) {
					cells.add(new ProactiveRegistry.TypedFigure(item, params.get("value." + item.name()),
							params.get("source." + r.key()), params.get("note." + r.key())));
				}
			}
		}
		try {
			List<ProactiveEntry> entered = registry.enterGrid(user, own.code(), year, cells);
			redirect.addFlashAttribute("message", entered.isEmpty() ? messages.getMessage("registry.saved.nothing")
					: messages.getMessage("registry.saved", new Object[] { entered.size() }));
			return "redirect:/officer/reports/registry?" + UriComponentsBuilder.newInstance()
				.queryParam("agency", own.code())
				.queryParam("year", year)
				.queryParam("format", layout.param())
				.encode()
				.build()
				.getQuery();
		}
		catch (InvalidFields invalid) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.problems(messages)
				.forEach((key, message) -> errors.putIfAbsent(field(layout, key), inCell(key, message)));
			return page(model, own, year, layout, params, errors, registry.latest(own.id(), year),
					registry.latest(own.id(), year - 1));
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("error", RefusalWords.of(e, messages));
			return page(model, own, year, layout, params, Map.of(), registry.latest(own.id(), year),
					registry.latest(own.id(), year - 1));
		}
	}

	/**
	 * A registry problem as said beside its cell, where the row and column are plain: the
	 * item's own description left out.
	 */
	private static String inCell(String key, String message) {
		int dot = key.indexOf('.');
		String prefix = ProactiveItem.valueOf(dot < 0 ? key : key.substring(0, dot)).description() + "：";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	/**
	 * The input a registry problem belongs to: the item's cell, or its row's source or
	 * note.
	 */
	private static String field(RegistryLayout layout, String key) {
		int dot = key.indexOf('.');
		if (dot < 0) {
			return "value." + key;
		}
		String row = layout.rowOf(ProactiveItem.valueOf(key.substring(0, dot))).key();
		return key.substring(dot + 1) + "." + row;
	}

	private String page(Model model, Agency agency, int year, RegistryLayout layout, Map<String, String> typed,
			Map<String, String> errors, Map<ProactiveItem, ProactiveEntry> latest,
			Map<ProactiveItem, ProactiveEntry> previous) {
		List<TableView> tables = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (RegistryLayout.Table t : layout.tables()) {
			List<RowView> rows = new ArrayList<>();
			for (RegistryLayout.Row r : t.rows()) {
				List<CellView> cells = new ArrayList<>();
				for (int i = 0; i < r.items().size(); i++) {
					ProactiveItem item = r.items().get(i);
					String field = "value." + item.name();
					names.put(field, r.label() + " " + t.columns().get(i));
					cells.add(new CellView(field, t.columns().get(i), typed.getOrDefault(field, ""),
							plain(latest.get(item)), plain(previous.get(item)), errors.get(field)));
				}
				names.put("source." + r.key(), messages.getMessage("registry.source.of", new Object[] { r.label() }));
				names.put("note." + r.key(), messages.getMessage("registry.note.of", new Object[] { r.label() }));
				rows.add(new RowView(r.key(), r.label(), cells, typed.getOrDefault("source." + r.key(), ""),
						typed.getOrDefault("note." + r.key(), ""), errors.get("source." + r.key()),
						errors.get("note." + r.key())));
			}
			tables.add(new TableView(t.title(), t.columns(), rows));
		}
		model.addAttribute("agency", agency);
		model.addAttribute("year", year);
		model.addAttribute("layout", layout);
		model.addAttribute("layouts", RegistryLayout.values());
		model.addAttribute("tables", tables);
		model.addAttribute("problems",
				errors.entrySet()
					.stream()
					.map(e -> new Problem(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue()))
					.toList());
		return "proactive/registry";
	}

	private static String plain(ProactiveEntry entry) {
		return entry == null ? null : entry.value().toPlainString();
	}

	/** The row's latest entry: the source and note its figures were last entered with. */
	private static ProactiveEntry rowEntry(RegistryLayout.Row row, Map<ProactiveItem, ProactiveEntry> latest) {
		return row.items()
			.stream()
			.map(latest::get)
			.filter(Objects::nonNull)
			.max((a, b) -> a.enteredAt().compareTo(b.enteredAt()))
			.orElse(null);
	}

	/** The signed-in editor's own agency, which the page is for. */
	private Agency editable(GongkaiUser user, String agencyCode) {
		Agency own = user.agencyId() == null ? null : agencies.byId(user.agencyId()).orElse(null);
		if (own == null || !ProactiveRegistry.EDITORS.contains(user.role())
				|| agencyCode != null && !agencyCode.isBlank() && !agencyCode.equals(own.code())) {
			throw new AccessDeniedException(messages.getMessage("registry.denied"));
		}
		return own;
	}

}
