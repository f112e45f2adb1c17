package org.gongkai.disclosure.casework;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.casework.process.DisclosureRequestProcess;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model in {@code bpmn/} binds to beans that exist, keeps its history bounded and
 * has readable ids.
 */
@GongkaiIntegrationTest
class BpmnContractIT {

	private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z][A-Za-z0-9]*)");

	private static final Pattern GENERATED_ID = Pattern.compile("_[0-9][0-9a-z]{6}$");

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repository;

	@Test
	void everyModelIsDeployed() throws IOException {
		for (BpmnModelInstance model : models()) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).count())
					.as(process.getId())
					.isPositive();
			}
		}
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DisclosureRequestProcess.KEY).count())
			.isPositive();
	}

	@Test
	void delegateExpressionsNameJavaDelegateBeans() throws IOException {
		for (BpmnModelInstance model : models()) {
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				String expression = task.getCamundaDelegateExpression();
				assertThat(expression).as(task.getId() + " uses a delegate expression").isNotNull();
				assertThat(task.getCamundaClass()).as(task.getId()).isNull();
				assertThat(context.getBean(beanName(expression))).as(expression).isInstanceOf(JavaDelegate.class);
			}
			for (TimeDate timer : model.getModelElementsByType(TimeDate.class)) {
				assertThat(context.containsBean(beanName(timer.getTextContent()))).as(timer.getTextContent()).isTrue();
			}
		}
	}

	@Test
	void everyProcessHasAHistoryTimeToLiveAndMeaningfulIds() throws IOException {
		for (BpmnModelInstance model : models()) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
			}
			for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
				if (element.getId() != null) {
					assertThat(GENERATED_ID.matcher(element.getId()).find()).as(element.getId()).isFalse();
				}
			}
		}
	}

	@Test
	void theContractNamesElementsThatExist() throws IOException, IllegalAccessException {
		BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(DisclosureRequestProcess.RESOURCE).toFile());
		for (Field field : DisclosureRequestProcess.Elements.class.getFields()) {
			String id = (String) field.get(null);
			assertThat((Object) model.getModelElementById(id)).as(field.getName() + " = " + id).isNotNull();
		}
	}

	private static String beanName(String expression) {
		Matcher m = BEAN.matcher(expression);
		assertThat(m.find()).as(expression).isTrue();
		return m.group(1);
	}

	private static List<BpmnModelInstance> models() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			return files.filter(p -> p.toString().endsWith(".bpmn"))
				.sorted()
				.map(p -> Bpmn.readModelFromFile(p.toFile()))
				.toList();
		}
	}

}
