package org.gongkai.disclosure.casework;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.gongkai.disclosure.Fixtures;
import org.gongkai.disclosure.GongkaiIntegrationTest;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.accounts.Role;
import org.gongkai.disclosure.agencies.Agency;
import org.gongkai.disclosure.applicants.ApplicantCategory;
import org.gongkai.disclosure.casework.decision.CaseDecisions;
import org.gongkai.disclosure.casework.intake.NewRequest;
import org.gongkai.disclosure.casework.intake.RequestIntake;
import org.gongkai.disclosure.casework.stops.CaseCorrections;
import org.gongkai.disclosure.decisions.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Redaction (issue 11 item 2): the content under each box is really gone from the
 * redacted PDF — no text, no image pixel — each box carries its mark and ground, and the
 * boxes are the case's withheld parts, from the draft to the 答复书.
 */
@GongkaiIntegrationTest
class RedactionIT {

	/** Letter size, as {@code new PDPage()} makes it. */
	static final float W = 612;

	static final float H = 792;

	/** The secret line: from x 90 to 300, baseline at 700 (PDF user space). */
	static final Rectangle2D SECRET = new Rectangle2D.Float(90, 692, 210, 24);

	/** The photo: a red square from 310 to 410, 560 to 660. */
	static final Rectangle2D PHOTO = new Rectangle2D.Float(305, 555, 110, 110);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RequestIntake intake;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseDecisions decisions;

	@Autowired
	Cases cases;

	private Agency agency;

	private GongkaiUser applicant;

	private GongkaiUser officer;

	private DisclosureCase filed;

	@BeforeEach
	void aCase() {
		agency = fixtures.agency();
		officer = fixtures.officer(agency, Role.CASE_OFFICER);
		applicant = fixtures.applicant(ApplicantCategory.NATURAL_PERSON);
		filed = fixtures.as(applicant, () -> intake.submitOnline(applicant,
				new NewRequest(agency.code(), "某工程施工合同", RequestedForm.ELECTRONIC, DeliveryMethod.ONLINE)));
		fixtures.as(officer, () -> {
			corrections.accept(officer, filed.id());
			return null;
		});
	}

	@Test
	void nothingUnderABoxCanBeExtractedAndTheBoxesAreTheWithheldParts() throws Exception {
		String originalId = upload("合同.pdf", "PARTIAL", contract());

		// a partly disclosed record cannot go out unredacted
		assertThatThrownBy(() -> draft(Outcome.PARTLY_DISCLOSED)).hasMessageContaining("尚未遮盖")
			.hasMessageContaining("合同.pdf");

		String redactedId = JsonPath.read(redact(originalId, box(SECRET, "WITHHELD_THIRD_PARTY_RIGHTS", "涉及个人隐私"),
				box(PHOTO, "WITHHELD_STATE_SECRET", "照片属于国家秘密"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purpose").value("REDACTED_RECORD"))
			.andExpect(jsonPath("$.fileName").value("合同_部分公开.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		byte[] redacted = mvc.perform(get(records() + "/" + redactedId).with(user(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument doc = Loader.loadPDF(redacted)) {
			String all = new PDFTextStripper().getText(doc);
			assertThat(all).doesNotContain("SECRET").doesNotContain("4711").doesNotContain("Zhang");
			// the page without a box keeps its text
			assertThat(all).contains("PAGE-TWO-TEXT");
			PDPage first = doc.getPage(0);
			// the text of each redacted area is its mark and ground, nothing else
			assertThat(textIn(doc, SECRET)).contains("不予公开").doesNotContain("SECRET");
			assertThat(textIn(doc, PHOTO)).contains("不予公开").contains("国家秘密");
			assertThat(textIn(doc, SECRET).replaceAll("[\\s]", "")).isEqualTo("不予公开：保护第三方合法权益（《条例》第十五条、第三十二条）");
			// the images of the page: one, the rendered page, black under every box
			List<PDImageXObject> images = images(first.getResources());
			assertThat(images).hasSize(1);
			BufferedImage page = images.get(0).getImage();
			for (Rectangle2D area : List.of(SECRET, PHOTO)) {
				Rectangle pixels = pixels(area, page);
				for (int x = pixels.x; x < pixels.x + pixels.width; x++) {
					for (int y = pixels.y; y < pixels.y + pixels.height; y++) {
						assertThat(page.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d under a box", x, y).isZero();
					}
				}
			}
			// and nowhere a red pixel of the photo: the original image is not in the file
			assertThat(redPixels(page)).isZero();
			assertThat(images(doc.getPage(1).getResources())).isEmpty();
		}

		// the boxes are the withheld parts: 部分公开 without a second entry
		assertThatThrownBy(() -> draft(Outcome.DISCLOSED)).hasMessageContaining("部分公开");
		draft(Outcome.PARTLY_DISCLOSED);
		assertThat(cases.withheldParts(filed.id())).extracting(WithheldPart::part, WithheldPart::ground)
			.containsExactly(tuple("《合同.pdf》第1页遮盖处（共1处）", Outcome.WITHHELD_THIRD_PARTY_RIGHTS),
					tuple("《合同.pdf》第1页遮盖处（共1处）", Outcome.WITHHELD_STATE_SECRET));
		GongkaiUser reviewer = fixtures.officer(agency, Role.LEGAL_REVIEWER);
		GongkaiUser head = fixtures.officer(agency, Role.HEAD_OF_OFFICE);
		fixtures.as(reviewer, () -> decisions.review(reviewer, filed.id(), true, null));
		fixtures.as(head, () -> decisions.signOff(head, filed.id(), true, null));
		fixtures.runDueJobs();
		assertThat(cases.byId(filed.id()).orElseThrow().outcome()).isEqualTo(Outcome.PARTLY_DISCLOSED);

		// the 答复书's reasons paragraph names each part with its ground
		byte[] reply = mvc.perform(get("/api/requests/" + filed.id() + "/letters/REPLY").with(user(applicant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(reply)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("《合同.pdf》第1页遮盖处（共1处）：涉及个人隐私").contains("照片属于国家秘密");
		}
		// the applicant receives the redacted copy, never the original
		mvc.perform(get(records()).with(user(applicant)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(redactedId));
		mvc.perform(get(records() + "/" + originalId).with(user(applicant))).andExpect(status().isNotFound());
	}

	@Test
	void refusesBoxesThatAreNotBoxesAndRecordsThatAreNotToBeRedacted() throws Exception {
		String originalId = upload("合同.pdf", "PARTIAL", contract());
		redact(originalId,
				"{\"page\":3,\"x\":0.1,\"y\":0.1,\"width\":0.2,\"height\":0.1,"
						+ "\"ground\":\"WITHHELD_STATE_SECRET\",\"reason\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("没有第3页")));
		redact(originalId,
				"{\"page\":1,\"x\":0.9,\"y\":0.1,\"width\":0.2,\"height\":0.1,"
						+ "\"ground\":\"WITHHELD_STATE_SECRET\",\"reason\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("页面之内")));
		redact(originalId,
				"{\"page\":1,\"x\":0.1,\"y\":0.1,\"width\":0.2,\"height\":0.1,"
						+ "\"ground\":\"DISCLOSED\",\"reason\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不予公开的理由")));
		String full = upload("公开.pdf", "FULL", contract());
		redact(full, box(SECRET, "WITHHELD_STATE_SECRET", "x")).andExpect(status().isBadRequest());
		mvc.perform(get(records() + "/" + originalId + "/redaction").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.boxes").isEmpty());
		mvc.perform(get(records()).with(user(officer))).andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void theOfficerRedactsInTheBrowserAndPrintsTheList() throws Exception {
		String originalId = upload("合同.pdf", "PARTIAL", contract());
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开的政府信息")))
			.andExpect(content().string(containsString("/released-records/" + originalId + "/redaction")));
		mvc.perform(get("/officer/cases/" + filed.id() + "/released-records/" + originalId + "/redaction")
			.with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/webjars/pdfjs-dist/4.0.379/build/pdf.min.mjs")))
			.andExpect(content().string(containsString("保护第三方合法权益")))
			.andExpect(content().string(containsString("/js/redaction.js")))
			.andExpect(content().string(containsString("data-box-title=\"第{0}页\"")));
		// the script's words come with the page, in its language
		mvc.perform(get("/officer/cases/" + filed.id() + "/released-records/" + originalId + "/redaction")
			.with(user(officer))
			.param("lang", "en"))
			.andExpect(content().string(containsString("<h1>Redact withheld content: 合同.pdf</h1>")))
			.andExpect(content().string(containsString("data-box-title=\"Page {0}\"")));
		mvc.perform(get("/webjars/pdfjs-dist/4.0.379/build/pdf.worker.min.mjs")).andExpect(status().isOk());
		mvc.perform(get("/js/redaction.js")).andExpect(status().isOk());
		redact(originalId, box(SECRET, "WITHHELD_THIRD_PARTY_RIGHTS", "涉及个人隐私")).andExpect(status().isOk());
		mvc.perform(get("/officer/cases/" + filed.id()).with(user(officer)))
			.andExpect(content().string(containsString("《合同.pdf》第1页遮盖处（共1处）：涉及个人隐私")))
			.andExpect(content().string(containsString("合同_部分公开.pdf")));
		mvc.perform(get("/officer/cases/" + filed.id() + "/released-records/list").with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("合同_部分公开.pdf")))
			.andExpect(content().string(containsString("签收人")));
		// the applicant has no redaction page, and nothing before the reply
		mvc.perform(get("/officer/cases/" + filed.id() + "/released-records/" + originalId + "/redaction")
			.with(user(applicant))).andExpect(status().isForbidden());
		mvc.perform(get("/my/requests/" + filed.id()).with(user(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答复书出具后，可在此下载公开的政府信息")));
	}

	private Object draft(Outcome outcome) {
		return fixtures.as(officer,
				() -> decisions.draft(officer, filed.id(), outcome, "部分公开，详见附件。", null, null, List.of()));
	}

	private String upload(String name, String disclosure, byte[] pdf) throws Exception {
		return JsonPath.read(
				mvc.perform(multipart(records()).file(new MockMultipartFile("file", name, "application/pdf", pdf))
					.param("disclosure", disclosure)
					.with(user(officer))
					.with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private ResultActions redact(String recordId, String... boxes) throws Exception {
		return mvc.perform(put(records() + "/" + recordId + "/redaction").with(user(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"boxes\":[" + String.join(",", boxes) + "]}"));
	}

	/** A box over {@code area} (PDF user space) as the browser sends it. */
	private static String box(Rectangle2D area, String ground, String reason) {
		return "{\"page\":1,\"x\":%s,\"y\":%s,\"width\":%s,\"height\":%s,\"ground\":\"%s\",\"reason\":\"%s\"}"
			.formatted(area.getX() / W, (H - area.getMaxY()) / H, area.getWidth() / W, area.getHeight() / H, ground,
					reason);
	}

	private String records() {
		return "/api/requests/" + filed.id() + "/released-records";
	}

	/** Two pages: a secret line, a public line and a red photo; then plain text. */
	static byte[] contract() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage first = new PDPage();
			doc.addPage(first);
			BufferedImage red = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < 100; x++) {
				for (int y = 0; y < 100; y++) {
					red.setRGB(x, y, Color.RED.getRGB());
				}
			}
			PDImageXObject photo = LosslessFactory.createFromImage(doc, red);
			PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
				content.beginText();
				content.setFont(helvetica, 12);
				content.newLineAtOffset(100, 700);
				content.showText("SECRET-4711 Zhang San");
				content.endText();
				content.beginText();
				content.setFont(helvetica, 12);
				content.newLineAtOffset(100, 400);
				content.showText("PUBLIC-TEXT budget 2024");
				content.endText();
				content.drawImage(photo, 310, 560, 100, 100);
			}
			PDPage second = new PDPage();
			doc.addPage(second);
			try (PDPageContentStream content = new PDPageContentStream(doc, second)) {
				content.beginText();
				content.setFont(helvetica, 12);
				content.newLineAtOffset(100, 700);
				content.showText("PAGE-TWO-TEXT");
				content.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private static String textIn(PDDocument doc, Rectangle2D area) throws IOException {
		PDFTextStripperByArea stripper = new PDFTextStripperByArea();
		// the stripper's regions are from the top left
		stripper.addRegion("box",
				new Rectangle2D.Double(area.getX(), H - area.getMaxY(), area.getWidth(), area.getHeight()));
		stripper.extractRegions(doc.getPage(0));
		return stripper.getTextForRegion("box");
	}

	private static List<PDImageXObject> images(PDResources resources) throws IOException {
		List<PDImageXObject> images = new ArrayList<>();
		if (resources == null) {
			return images;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				images.add(image);
			}
		}
		return images;
	}

	/** The pixels of {@code area} in the page image, 2 pixels in from each edge. */
	private static Rectangle pixels(Rectangle2D area, BufferedImage page) {
		double sx = page.getWidth() / W;
		double sy = page.getHeight() / H;
		int left = (int) Math.ceil(area.getX() * sx) + 2;
		int top = (int) Math.ceil((H - area.getMaxY()) * sy) + 2;
		int right = (int) Math.floor(area.getMaxX() * sx) - 2;
		int bottom = (int) Math.floor((H - area.getY()) * sy) - 2;
		return new Rectangle(left, top, right - left, bottom - top);
	}

	private static int redPixels(BufferedImage image) {
		int red = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				Color c = new Color(image.getRGB(x, y));
				if (c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80) {
					red++;
				}
			}
		}
		return red;
	}

}
