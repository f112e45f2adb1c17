package org.gongkai.disclosure.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enum that shows itself in words ({@code label()}) has English words for each
 * constant in {@code i18n/enums_en.properties}, and that file names no constant or text
 * method that does not exist ({@link Labels}).
 */
class EnumLabelsTest {

	/** Enums whose English is still to be written. This list only shrinks. */
	private static final Set<String> NOT_YET_IN_ENGLISH = Set.of("AgencyKind", "ReportDeadlineState", "RegistryLayout",
			"ImportJobStatus", "Role");

	@Test
	void everyLabelledEnumHasItsEnglish() throws IOException {
		Properties english = english();
		List<String> missing = new ArrayList<>();
		for (Class<? extends Enum<?>> type : labelledEnums().values()) {
			if (NOT_YET_IN_ENGLISH.contains(Labels.name(type))) {
				continue;
			}
			for (Enum<?> constant : type.getEnumConstants()) {
				String key = "enum." + Labels.name(type) + "." + constant.name();
				if (english.getProperty(key) == null) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).as("constants without English").isEmpty();
		assertThat(labelledEnums().keySet()).containsAll(NOT_YET_IN_ENGLISH);
	}

	@Test
	void theEnglishNamesOnlyConstantsAndTextsThatExist() throws IOException {
		Map<String, Class<? extends Enum<?>>> enums = labelledEnums();
		Set<String> unknown = new TreeSet<>();
		for (String key : english().stringPropertyNames()) {
			String[] parts = key.split("\\.");
			Class<? extends Enum<?>> type = parts.length >= 3 ? enums.get(parts[1]) : null;
			boolean known = type != null && parts.length <= 4
					&& List.of(type.getEnumConstants()).stream().anyMatch(c -> c.name().equals(parts[2]))
					&& (parts.length == 3 || textMethod(type, parts[3]));
			if (!known) {
				unknown.add(key);
			}
		}
		assertThat(unknown).as("keys naming no enum constant or text").isEmpty();
	}

	@Test
	void theListOfEnumsStillToTranslateOnlyShrinks() throws IOException {
		Properties english = english();
		Map<String, Class<? extends Enum<?>>> enums = labelledEnums();
		assertThat(NOT_YET_IN_ENGLISH).allSatisfy(name -> {
			assertThat(enums).as(name + " is not a labelled enum").containsKey(name);
			assertThat(english.stringPropertyNames()).as(name + " is translated: remove it from the list")
				.noneMatch(key -> key.startsWith("enum." + name + "."));
		});
	}

	@SuppressWarnings("unchecked")
	static Map<String, Class<? extends Enum<?>>> labelledEnums() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Map<String, Class<? extends Enum<?>>> found = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.gongkai.disclosure")) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			if (type.isEnum() && textMethod(type, "label")) {
				Class<? extends Enum<?>> previous = found.put(Labels.name(type), (Class<? extends Enum<?>>) type);
				assertThat(previous).as("two labelled enums named " + Labels.name(type)).isNull();
			}
		}
		return found;
	}

	private static boolean textMethod(Class<?> type, String name) {
		try {
			Method m = type.getMethod(name);
			return m.getReturnType() == String.class && Modifier.isPublic(m.getModifiers());
		}
		catch (NoSuchMethodException ex) {
			return false;
		}
	}

	private static Properties english() throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(EnumLabelsTest.class.getResourceAsStream("/i18n/enums_en.properties"),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
