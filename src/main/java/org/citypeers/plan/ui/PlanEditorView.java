package org.citypeers.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.citypeers.base.Languages;
import org.citypeers.base.ui.RouteIds;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.Completeness;
import org.citypeers.plan.ExpertAssignmentService;
import org.citypeers.plan.PlanAccess;
import org.citypeers.plan.PlanAuditEntry;
import org.citypeers.plan.PlanPageSection;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.PlanStatus;
import org.citypeers.plan.PlanTemplate;
import org.citypeers.plan.PlanWorkflowService;
import org.citypeers.plan.PracticeRecommender;
import org.citypeers.plan.TemplateSection;
import org.citypeers.practice.ThemeService;
import org.citypeers.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The plan editor: one tab per section of the programme's template with its completeness, autosave
 * with a visible state, the actions with indicators and linked practices, recommended practices,
 * the workflow buttons and, for managers, the expert assignment. Read-only for those who may only read.
 */
@Route("plans/:planId")
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.CITY_COORDINATOR, Roles.EXPERT})
@StyleSheet("plan.css")
class PlanEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanWorkflowService workflow;
    private final ExpertAssignmentService assignments;
    private final PlanAccess access;
    private final ThemeService themes;
    private final Optional<PracticeRecommender> recommender;
    private final List<PlanPageSection> contributions;

    private Long planId;
    private ActionPlan plan;
    private String title = "";
    private final List<SectionEditor> editors = new ArrayList<>();
    private ActionsEditor actionsEditor;
    private RecommendationsPanel recommendations;
    private final Map<PlanSectionKind, Span> tabMeters = new EnumMap<>(PlanSectionKind.class);
    private final Map<PlanSectionKind, ProgressBar> sectionBars = new EnumMap<>(PlanSectionKind.class);
    private final ProgressBar overallBar = new ProgressBar(0, 100);
    private final Span overallText = new Span();
    private final Span globalState = new Span();
    private final Span globalText = new Span();
    private boolean dirtyFlagSet;

    PlanEditorView(PlanService plans, PlanWorkflowService workflow, ExpertAssignmentService assignments, PlanAccess access,
                   ThemeService themes, ObjectProvider<PracticeRecommender> recommender, List<PlanPageSection> contributions) {
        this.plans = plans;
        this.workflow = workflow;
        this.assignments = assignments;
        this.access = access;
        this.themes = themes;
        this.recommender = Optional.ofNullable(recommender.getIfAvailable());
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(PlanPageSection::order)).toList();
        addClassNames("cp-page", "cp-plan-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.require(event, "planId").ifPresent(id -> {
            planId = id;
            plan = plans.get(id);
            build();
        });
    }

    private void build() {
        removeAll();
        editors.clear();
        tabMeters.clear();
        sectionBars.clear();
        actionsEditor = null;
        recommendations = null;
        Optional.ofNullable(UI.getCurrent()).ifPresent(PlanFormat::learnZone);
        plan = plans.get(planId);
        title = plan.displayName();
        boolean editable = access.canEdit(planId) && plan.getStatus().isEditable();
        PlanTemplate template = plans.templateOf(planId);

        H1 h1 = new H1(title);
        h1.setId("plan-title");
        Span lang = new Span(getTranslation("plan.writtenIn", Languages.displayName(plan.getLanguage())));
        lang.addClassName("cp-badge");
        Span status = PlanFormat.status(this, plan.getStatus());
        status.setId("plan-status");
        FlexLayout badges = new FlexLayout(status, lang);
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new Anchor("plans", getTranslation("plan.backToList")), h1, badges);
        changesRequestedNotice().ifPresent(this::add);

        overallBar.setId("overall-meter");
        overallBar.getElement().setAttribute("aria-label", getTranslation("plan.completeness.overall"));
        overallText.setId("overall-text");
        Div meter = new Div(overallText, overallBar);
        meter.addClassName("cp-plan-meter");
        globalState.setId("plan-save-state");
        globalState.addClassName("cp-save-state");
        globalText.addClassName("cp-state-text");
        Span dirtyText = new Span(getTranslation("plan.save.unsaved"));
        dirtyText.addClassName("cp-dirty-text");
        globalState.add(globalText, dirtyText);
        globalState.getElement().setAttribute("aria-live", "polite");
        add(meter);

        FlexLayout toolbar = new FlexLayout();
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("cp-plan-toolbar");
        if (editable) {
            Button save = new Button(getTranslation("plan.save.now"), VaadinIcon.CHECK.create(), e -> saveAll());
            save.setId("save-now");
            save.addClassName("cp-plan-save");
            toolbar.add(globalState, save);
        }
        toolbar.add(new WorkflowBar(workflow, plan, this::saveAll, this::build));
        if (access.canManage(planId)) {
            Button assign = new Button(getTranslation("plan.assign.open"), VaadinIcon.USERS.create(),
                    e -> new AssignExpertsDialog(assignments, planId, this::build).open());
            assign.setId("open-assign");
            toolbar.add(assign);
        }
        Anchor history = new Anchor("plans/" + planId + "/history", getTranslation("plan.history.link"));
        history.setId("history-link");
        toolbar.add(history);
        add(toolbar, experts());
        if (!editable) {
            Paragraph ro = new Paragraph(getTranslation(access.canEdit(planId) ? "plan.readOnly.status" : "plan.readOnly.role"));
            ro.addClassName("cp-muted");
            ro.setId("read-only-note");
            add(ro);
        }

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("plan-sections");
        Map<PlanSectionKind, PlanSection> byKind = new EnumMap<>(PlanSectionKind.class);
        plans.sections(planId).forEach(s -> byKind.put(s.getKind(), s));
        String uiLang = getLocale() == null ? "en" : getLocale().getLanguage();
        ChallengesEditor[] challenges = new ChallengesEditor[1];
        for (TemplateSection ts : template.getSections()) {
            PlanSection s = byKind.get(ts.getKind());
            if (s == null) {
                continue;
            }
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            ProgressBar bar = new ProgressBar(0, 100);
            bar.getElement().setAttribute("aria-label", getTranslation("plan.completeness.section", PlanFormat.section(this, ts.getKind().name())));
            sectionBars.put(ts.getKind(), bar);
            if (ts.isRequired()) {
                Span req = new Span(getTranslation("plan.required"));
                req.addClassName("cp-badge");
                content.add(req);
            }
            content.add(bar);
            switch (ts.getKind()) {
                case CHALLENGES -> {
                    challenges[0] = new ChallengesEditor(plans, s, ts.getGuidance(), themes.all(), uiLang, editable, this::saved, this::refreshState);
                    editors.add(challenges[0]);
                    content.add(challenges[0]);
                }
                case QUESTIONNAIRE -> add(editors, content, new QuestionnaireEditor(plans, s, ts.getGuidance(), template.getQuestions(),
                        editable, this::saved, this::refreshState));
                case STAKEHOLDERS -> add(editors, content, new StakeholdersEditor(plans, s, ts.getGuidance(), editable, this::saved,
                        this::refreshState));
                case ACTIONS -> {
                    actionsEditor = new ActionsEditor(plans, planId, ts.getGuidance(), editable, this::saved, this::refreshState,
                            () -> recommendations.actionsChanged(),
                            actionId -> contributions.stream().map(c -> c.createForAction(plan, actionId)).flatMap(Optional::stream).toList());
                    recommendations = new RecommendationsPanel(recommender, plans,
                            () -> challenges[0] != null ? challenges[0].challengesText() : byKind.containsKey(PlanSectionKind.CHALLENGES)
                                    ? byKind.get(PlanSectionKind.CHALLENGES).getText() : null,
                            plan.getLanguage(), () -> actionsEditor.linkTargets(), editable, actionsEditor::reload);
                    content.add(recommendations, actionsEditor);
                }
                default -> add(editors, content, new TextSectionEditor(plans, s, ts.getGuidance(), editable, this::saved,
                        this::refreshState));
            }
            contributions.stream().map(c -> c.createForSection(plan, ts.getKind().name())).flatMap(Optional::stream).forEach(content::add);
            Span name = new Span(PlanFormat.section(this, ts.getKind().name()) + (ts.isRequired() ? " *" : ""));
            Span pct = new Span();
            pct.addClassName("cp-plan-tab-meter");
            tabMeters.put(ts.getKind(), pct);
            Tab tab = new Tab(name, pct);
            tab.setId("tab-" + ts.getKind().name());
            tabs.add(tab, content);
        }
        // challenges written in this visit only reach the recommendations when the person turns to the actions
        tabs.addSelectedChangeListener(e -> {
            if (recommendations != null && e.getSelectedTab() != null && "tab-ACTIONS".equals(e.getSelectedTab().getId().orElse(null))) {
                recommendations.refreshIfChallengesChanged();
            }
        });
        add(tabs);
        contributions.stream().map(c -> c.createForPlan(plan)).flatMap(Optional::stream).forEach(this::add);
        refreshMeters();
        refreshState();
    }

    private static void add(List<SectionEditor> editors, VerticalLayout content, SectionEditor editor) {
        editors.add(editor);
        content.add(editor);
    }

    private Optional<Component> changesRequestedNotice() {
        if (plan.getStatus() != PlanStatus.CHANGES_REQUESTED) {
            return Optional.empty();
        }
        List<PlanAuditEntry> h = workflow.history(planId);
        return h.stream().filter(e -> e.getToStatus() == PlanStatus.CHANGES_REQUESTED).reduce((a, b) -> b).map(e -> {
            Div d = new Div(new Span(getTranslation("plan.changesRequested", e.getActorName(), e.getNote() == null ? "" : e.getNote())));
            d.addClassNames("cp-card", "cp-plan-notice");
            d.setId("changes-requested-notice");
            return d;
        });
    }

    private Component experts() {
        List<ExpertAssignmentService.AssignedExpert> list = assignments.experts(planId);
        Paragraph p = new Paragraph(list.isEmpty() ? getTranslation("plan.experts.none")
                : getTranslation("plan.experts", list.stream().map(a -> a.name() + " (" + getTranslation("plan.expertRole." + a.role().name()) + ")")
                        .collect(Collectors.joining(", "))));
        p.setId("plan-experts");
        p.addClassName("cp-muted");
        return p;
    }

    /** After any section or action saved: the meters, and the page's save state (typing marked it unsaved in the browser). */
    private void saved() {
        refreshMeters();
        refreshState();
    }

    private void refreshMeters() {
        Completeness c = plans.completeness(planId);
        overallBar.setValue(c.overall());
        overallText.setText(getTranslation("plan.completeness.overallText", c.overall(), c.missingRequired().size()));
        c.perSection().forEach((k, v) -> {
            Optional.ofNullable(tabMeters.get(k)).ifPresent(s -> {
                s.setText(v + " %");
                s.getElement().setAttribute("data-complete", String.valueOf(v >= 100));
            });
            Optional.ofNullable(sectionBars.get(k)).ifPresent(b -> b.setValue(v));
        });
    }

    /** The header's save state: conflict beats unsaved beats saved. Warns the browser about unsaved text. */
    private void refreshState() {
        List<SaveStateLabel> labels = new ArrayList<>(editors.stream().map(e -> e.state).toList());
        if (actionsEditor != null) {
            actionsEditor.forms().forEach(f -> labels.add(f.state));
        }
        SaveStateLabel.State s = labels.stream().map(SaveStateLabel::state).filter(x -> x == SaveStateLabel.State.CONFLICT).findFirst()
                .or(() -> labels.stream().map(SaveStateLabel::state).filter(x -> x != SaveStateLabel.State.SAVED).findFirst())
                .orElse(SaveStateLabel.State.SAVED);
        globalText.setText(getTranslation("plan.save.global." + s.name()));
        globalState.getElement().setAttribute("data-state", s.name().toLowerCase());
        boolean anyDirtyInBrowser = s != SaveStateLabel.State.SAVED;
        globalState.getElement().executeJs("if (!$0) { this.removeAttribute('data-dirty'); }", anyDirtyInBrowser);
        boolean dirty = s != SaveStateLabel.State.SAVED;
        if (dirty != dirtyFlagSet) {
            dirtyFlagSet = dirty;
            getElement().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); return ''; }) : null;", dirty);
        }
    }

    /** Saves every section and action with changes; false if any did not save (conflict or error). */
    boolean saveAll() {
        boolean ok = true;
        for (SectionEditor e : editors) {
            ok &= e.save();
        }
        if (actionsEditor != null) {
            ok &= actionsEditor.saveAll();
        }
        refreshState();
        return ok;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (plan == null || saveAll()) {
            getElement().executeJs("window.onbeforeunload = null;");
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog d = new ConfirmDialog(getTranslation("plan.leave.title"), getTranslation("plan.leave.text"),
                getTranslation("plan.leave.confirm"), e -> {
                    getElement().executeJs("window.onbeforeunload = null;");
                    action.proceed();
                });
        d.setCancelable(true);
        d.setCancelText(getTranslation("plan.leave.stay"));
        d.open();
    }

    @Override
    public String getPageTitle() {
        return title + " | CityPeers";
    }
}
