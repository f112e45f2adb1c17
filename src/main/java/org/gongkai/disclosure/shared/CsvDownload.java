package org.gongkai.disclosure.shared;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * A list offered as a CSV file people open in Excel: RFC 4180, UTF-8 with a byte order
 * mark (without it Excel reads Chinese as GBK and shows garbage), a header row, written
 * to the response as the rows come (a long list never sits in memory as text).
 */
public final class CsvDownload {

	/** Writes one row of cells. */
	@FunctionalInterface
	public interface Rows {

		void row(Object... cells);

	}

	private CsvDownload() {
	}

	/**
	 * A text cell Excel would take for a formula ({@code =}, {@code +}, {@code -},
	 * {@code @} first) gets a leading apostrophe, so a ledger's or applicant's text is
	 * never run (OWASP, CSV injection); numbers and dates are written as they are.
	 */
	static Object inert(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return cell;
	}

	/**
	 * Writes {@code header} and the rows {@code body} gives to the response as the
	 * attachment {@code fileName}.
	 */
	public static void write(HttpServletResponse response, String fileName, List<String> header, Consumer<Rows> body)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			csv.printRecord(header);
			body.accept(cells -> {
				try {
					csv.printRecord(Arrays.stream(cells).map(CsvDownload::inert).toArray());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

}
