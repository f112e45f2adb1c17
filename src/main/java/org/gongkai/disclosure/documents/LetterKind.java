package org.gongkai.disclosure.documents;

import java.util.Locale;

/**
 * The kinds of letter an office sends. Each kind has two editable templates named after it, e.g. for
 * {@link #REPLY}: {@code documents/docx/reply.docx} (Word, poi-tl {@code {{tags}}}) and
 * {@code documents/html/reply.html} (XHTML, Thymeleaf, rendered to PDF). A new kind (补正告知书, 延期答复告知书,
 * 征求意见书, 收费通知书 …) is a new constant here plus those two files.
 */
public enum LetterKind {
    /** 政府信息公开申请接收回执: confirms receipt and the date from which the reply period runs (《条例》第三十一条). */
    RECEIPT("政府信息公开申请接收回执", false),
    /** 政府信息公开申请答复书: the decision on the request, with its legal basis and the remedies against it. */
    REPLY("政府信息公开申请答复书", true);

    private final String title;
    private final boolean decision;

    LetterKind(String title, boolean decision) {
        this.title = title;
        this.decision = decision;
    }

    /** The letter's title as printed, e.g. {@code 政府信息公开申请答复书}. */
    public String title() {
        return title;
    }

    /**
     * Whether the letter decides something the applicant can challenge: then it must state its legal basis and the
     * remedies (行政复议, 行政诉讼).
     */
    public boolean decision() {
        return decision;
    }

    /** The base name of the two template files: the constant in lower case with hyphens, e.g. {@code reply}. */
    public String templateName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
