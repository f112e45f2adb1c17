package org.gongkai.disclosure.documents;

import java.time.LocalDate;
import java.util.List;

/** Letters as the casework module would fill them. */
final class SampleLetters {

    static final String AGENCY = "示范县人民政府办公室";
    static final String REFERENCE = "GK-2026-00001";
    static final String DATE = "2026年3月20日";

    private SampleLetters() {
    }

    static Letter of(LetterKind kind) {
        return switch (kind) {
            case RECEIPT -> new Letter(kind, AGENCY, "示范县政府办〔2026〕公开回执第00001号", "张三", REFERENCE,
                    LocalDate.of(2026, 3, 20),
                    List.of("本机关于2026年3月20日收到您通过互联网提交的政府信息公开申请，申请获取“2025年本县财政预算执行情况报告”。",
                            "根据《中华人民共和国政府信息公开条例》第三十三条的规定，本机关将自收到申请之日起20个工作日内予以答复；"
                                    + "需要延长答复期限的，将另行书面告知，延长的期限最长不超过20个工作日。",
                            "特此回执。"),
                    null, null);
            case REPLY -> new Letter(kind, AGENCY, "示范县政府办〔2026〕公开答复第00001号", "张三", REFERENCE,
                    LocalDate.of(2026, 3, 20),
                    List.of("本机关于2026年3月2日收到您提出的政府信息公开申请，申请获取“2025年本县财政预算执行情况报告”。经审查，现答复如下：",
                            "您申请获取的政府信息属于本机关公开的范围，现予以公开。该信息已通过政府信息公开平台以电子文档形式向您提供，请查收。"),
                    "《中华人民共和国政府信息公开条例》第三十六条第（二）项",
                    Letter.remedyNotice("示范县人民政府", "示范县人民法院"));
        };
    }
}
