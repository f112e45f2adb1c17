package org.gongkai.disclosure.shared;

import java.util.List;

import org.springframework.http.ResponseEntity;

/**
 * One page of a list endpoint: page {@code page} (from 0) of {@code size} items, at most
 * {@value #MAX_SIZE}. Lists answer a page, never everything at once, and carry the total
 * in the {@value #TOTAL_HEADER} header.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final String TOTAL_HEADER = "X-Total-Count";

	public Paging {
		if (page < 0) {
			throw new Refusal("refusal.shared.paging.negativePage");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new Refusal("refusal.shared.paging.size", MAX_SIZE);
		}
	}

	public long offset() {
		return (long) page * size;
	}

	/** A page and the number of items on all pages. */
	public record Page<T>(List<T> items, long total) {
	}

	/**
	 * The response of a list endpoint for this page of a list already in memory: the page
	 * as the body, the total in the {@value #TOTAL_HEADER} header.
	 */
	public static <T> ResponseEntity<List<T>> response(List<T> all, Paging paging) {
		return ResponseEntity.ok().header(TOTAL_HEADER, Integer.toString(all.size())).body(paging.of(all));
	}

	/** This page of a list already in memory. */
	public <T> List<T> of(List<T> all) {
		if (offset() >= all.size()) {
			return List.of();
		}
		return all.subList((int) offset(), (int) Math.min(all.size(), offset() + size));
	}

}
