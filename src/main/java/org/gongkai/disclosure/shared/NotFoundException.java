package org.gongkai.disclosure.shared;

/**
 * Something asked for by its id that does not exist, or that the current user may not
 * see: both answer 404 with the same words, so that nobody learns which ids exist by
 * guessing. Each kind names the title and detail of its answer (keys of
 * {@code i18n/refusals}); the API words them all in one place ({@code ApiProblems}).
 */
public abstract class NotFoundException extends RuntimeException {

	private final String titleKey;

	private final String detailKey;

	/**
	 * @param message for the log (the id asked for), never shown
	 * @param titleKey the answer's title
	 * @param detailKey the answer's detail
	 */
	protected NotFoundException(String message, String titleKey, String detailKey) {
		super(message);
		this.titleKey = titleKey;
		this.detailKey = detailKey;
	}

	public String titleKey() {
		return titleKey;
	}

	public String detailKey() {
		return detailKey;
	}

}
