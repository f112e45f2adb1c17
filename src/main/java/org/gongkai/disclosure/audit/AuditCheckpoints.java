package org.gongkai.disclosure.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The chain's anchor outside the database: an append-only file of checkpoints, one line
 * each ({@code checkpoint <position> <link MAC> <written at> <signature>}), also logged.
 * The signature is an HMAC with the chain key, so the file cannot be extended with a
 * made-up checkpoint either. Truncating the table's tail leaves a checkpoint pointing
 * past the chain's end; rewriting the chain leaves one whose MAC no longer matches.
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final Path file;

	private final ChainKey key;

	AuditCheckpoints(AuditSettings settings, ChainKey key) {
		this.file = settings.checkpointFile().toAbsolutePath();
		this.key = key;
	}

	void write(long position, String linkMac) {
		Instant now = Instant.now();
		String line = "checkpoint " + position + " " + linkMac + " " + now + " "
				+ key.checkpoint(position, linkMac, now);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, line + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The audit checkpoint cannot be written to " + file, e);
		}
		log.info("Audit chain {}", line);
	}

	/** The last checkpoint written, if any. */
	Optional<Checkpoint> last() {
		List<Checkpoint> all = read();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * Every checkpoint in the file, in the order written; a line that does not parse or
	 * whose signature does not hold is returned as forged.
	 */
	List<Checkpoint> read() {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The audit checkpoint cannot be read from " + file, e);
		}
		List<Checkpoint> checkpoints = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				checkpoints.add(parse(i + 1, lines.get(i).strip()));
			}
		}
		return checkpoints;
	}

	private Checkpoint parse(int lineNumber, String line) {
		String[] parts = line.split(" ");
		try {
			if (parts.length == 5 && parts[0].equals("checkpoint")) {
				long position = Long.parseLong(parts[1]);
				Instant writtenAt = Instant.parse(parts[3]);
				boolean signed = ChainKey.same(key.checkpoint(position, parts[2], writtenAt), parts[4]);
				return new Checkpoint(lineNumber, position, parts[2], signed);
			}
		}
		catch (NumberFormatException | DateTimeParseException e) {
			// falls through: not a checkpoint this application wrote
		}
		return new Checkpoint(lineNumber, -1, "", false);
	}

	/**
	 * One checkpoint: the link at {@code position} had {@code mac} when it was written.
	 */
	record Checkpoint(int lineNumber, long position, String mac, boolean signed) {
	}

}
