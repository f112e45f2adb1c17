package org.gongkai.disclosure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * For the run command only (profile {@code local}): when no personal-data keys are set in
 * the environment, creates random ones (and the audit chain's key) once in
 * {@code .gongkai-data/local-keys.properties} (owner-only) and uses them, so that the
 * demo keeps its data readable across restarts. Production sets the keys in the
 * environment and never reaches this.
 */
class LocalKeys implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
		if (!Arrays.asList(env.getActiveProfiles()).contains("local")
				|| !env.getProperty("gongkai.privacy.data-keys", "").isBlank()) {
			return;
		}
		Path file = Path.of(env.getProperty("GONGKAI_DATA_DIR", "./.gongkai-data/postgres"))
			.toAbsolutePath()
			.getParent()
			.resolve("local-keys.properties");
		Properties keys = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader in = Files.newBufferedReader(file)) {
					keys.load(in);
				}
				if (keys.getProperty("gongkai.audit.chain-key") == null) {
					// a demo data directory from before the keyed audit chain
					keys.setProperty("gongkai.audit.chain-key", random32());
					try (Writer out = Files.newBufferedWriter(file)) {
						keys.store(out, "Gongkai demo keys (run command only). Never use in production.");
					}
				}
			}
			else {
				keys.setProperty("gongkai.privacy.data-keys", "local1:" + random32());
				keys.setProperty("gongkai.privacy.current-key", "local1");
				keys.setProperty("gongkai.privacy.index-key", random32());
				keys.setProperty("gongkai.audit.chain-key", random32());
				Files.createDirectories(file.getParent());
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				try (Writer out = Files.newBufferedWriter(file)) {
					keys.store(out, "Gongkai demo keys for personal data (run command only). Never use in production.");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		env.getPropertySources()
			.addFirst(new MapPropertySource("gongkaiLocalKeys",
					Map.of("gongkai.privacy.data-keys", keys.getProperty("gongkai.privacy.data-keys"),
							"gongkai.privacy.current-key", keys.getProperty("gongkai.privacy.current-key"),
							"gongkai.privacy.index-key", keys.getProperty("gongkai.privacy.index-key"),
							"gongkai.audit.chain-key", keys.getProperty("gongkai.audit.chain-key"))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static String random32() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
