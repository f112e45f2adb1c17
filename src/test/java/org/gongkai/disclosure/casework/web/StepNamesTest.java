package org.gongkai.disclosure.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer bundle names each step of the request process ({@link StepNames}) as the
 * model does: in Chinese exactly the model's own name, and in English for every named
 * element, so that a renamed or added step cannot be shown under a stale name.
 */
class StepNamesTest {

	@Test
	void theChineseNamesAreTheModelsAndEachHasItsEnglish() throws IOException {
		Map<String, String> model = namedSteps();
		assertThat(model).isNotEmpty();
		assertThat(steps(bundle("/i18n/officer.properties"))).isEqualTo(model);
		assertThat(steps(bundle("/i18n/officer_en.properties")).keySet()).isEqualTo(model.keySet());
	}

	private static Map<String, String> namedSteps() throws IOException {
		try (InputStream in = StepNamesTest.class.getResourceAsStream("/" + DisclosureRequestProcess.RESOURCE)) {
			BpmnModelInstance model = Bpmn.readModelFromStream(in);
			return model.getModelElementsByType(FlowNode.class)
				.stream()
				.filter(n -> n.getName() != null)
				.collect(Collectors.toMap(n -> "process." + n.getId(), FlowNode::getName, (a, b) -> a, TreeMap::new));
		}
	}

	private static Map<String, String> steps(Properties bundle) {
		return bundle.stringPropertyNames()
			.stream()
			.filter(k -> k.startsWith("process."))
			.collect(Collectors.toMap(k -> k, bundle::getProperty, (a, b) -> a, TreeMap::new));
	}

	private static Properties bundle(String resource) throws IOException {
		Properties p = new Properties();
		try (Reader in = new InputStreamReader(StepNamesTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			p.load(in);
		}
		return p;
	}

}
