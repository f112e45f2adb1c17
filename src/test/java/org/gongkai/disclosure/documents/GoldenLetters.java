package org.gongkai.disclosure.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters compared word for word with golden files
 * ({@code src/test/resources/golden/letters}). A change of wording is a change of a legal
 * document: it shows as a diff to review; run with {@code -Dgolden.update=true} to accept
 * it, and commit the files.
 */
public final class GoldenLetters {

	private static final Path GOLDEN = Path.of("src/test/resources/golden/letters");

	private GoldenLetters() {
	}

	/**
	 * Asserts that {@code letter}, as text and made stable by {@code stable} (the
	 * fixtures' random names replaced), is the golden file {@code name}.txt.
	 */
	public static void assertMatches(String name, Letter letter, UnaryOperator<String> stable) throws IOException {
		Path file = GOLDEN.resolve(name + ".txt");
		String actual = stable.apply(text(letter));
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(file, actual, StandardCharsets.UTF_8);
		}
		assertThat(file).as("golden file (run with -Dgolden.update=true to write it)").exists();
		assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
	}

	static String text(Letter letter) {
		StringBuilder out = new StringBuilder();
		out.append("kind: ").append(letter.kind()).append('\n');
		out.append("agency: ").append(letter.agencyName()).append('\n');
		out.append("number: ").append(letter.documentNumber()).append('\n');
		out.append("addressee: ").append(letter.addressee()).append('\n');
		out.append("reference: ").append(letter.reference()).append('\n');
		out.append("date: ").append(letter.date()).append('\n');
		out.append("paragraphs:\n");
		letter.paragraphs().forEach(p -> out.append("  ").append(p).append('\n'));
		out.append("legal basis: ").append(letter.legalBasis()).append('\n');
		out.append("remedy: ").append(letter.remedyNotice()).append('\n');
		return out.toString();
	}

}
