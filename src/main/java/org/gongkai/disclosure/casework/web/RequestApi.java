package org.gongkai.disclosure.casework.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gongkai.disclosure.accounts.GongkaiUser;
import org.gongkai.disclosure.casework.CaseDecisions;
import org.gongkai.disclosure.casework.CaseId;
import org.gongkai.disclosure.casework.CaseViews;
import org.gongkai.disclosure.casework.DisclosureCase;
import org.gongkai.disclosure.casework.NewRequest;
import org.gongkai.disclosure.casework.RequestIntake;
import org.gongkai.disclosure.decisions.Outcome;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API for requests and cases; the same services and the same access rules as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "requests", description = "政府信息公开申请与办理")
class RequestApi {

    private final RequestIntake intake;
    private final CaseViews views;
    private final CaseDecisions decisions;

    RequestApi(RequestIntake intake, CaseViews views, CaseDecisions decisions) {
        this.intake = intake;
        this.views = views;
        this.decisions = decisions;
    }

    @PostMapping("/requests")
    @Operation(summary = "在线提交申请（申请人）；提交即确认收到")
    ResponseEntity<CaseJson> submit(@AuthenticationPrincipal GongkaiUser user, @Valid @RequestBody NewRequest request) {
        DisclosureCase filed = intake.submitOnline(user, request);
        return ResponseEntity.created(URI.create("/api/requests/" + filed.id()))
                .body(CaseJson.of(views.detail(user, filed.id())));
    }

    @GetMapping("/requests")
    @Operation(summary = "我的申请（申请人）")
    List<CaseJson> mine(@AuthenticationPrincipal GongkaiUser user) {
        return views.mine(user).stream().map(s -> views.detail(user, s.theCase().id())).map(CaseJson::of).toList();
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "一件申请：状态、答复期限及其计算过程、办理结果与答复")
    CaseJson one(@AuthenticationPrincipal GongkaiUser user, @PathVariable UUID id) {
        return CaseJson.of(views.detail(user, new CaseId(id)));
    }

    @GetMapping("/tasks")
    @Operation(summary = "待办任务（工作人员），按答复期限排序")
    List<TaskJson> tasks(@AuthenticationPrincipal GongkaiUser officer) {
        return views.taskList(officer).stream().map(TaskJson::of).toList();
    }

    @PostMapping("/cases/{id}/decision")
    @Operation(summary = "记录办理结果与答复内容（承办人）")
    CaseJson decide(@AuthenticationPrincipal GongkaiUser officer, @PathVariable UUID id,
                    @Valid @RequestBody DecisionJson decision) {
        decisions.decide(officer, new CaseId(id), decision.outcome(), decision.replyText());
        return CaseJson.of(views.detail(officer, new CaseId(id)));
    }

    record DecisionJson(@NotNull(message = "请选择办理结果") Outcome outcome,
                        @NotNull(message = "请填写答复内容") @Size(max = 20_000) String replyText) {
    }
}
