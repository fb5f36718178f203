package org.citypeers.plan.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.citypeers.base.ui.Notifications;
import org.citypeers.plan.PlanSection;
import org.citypeers.plan.PlanSectionKind;
import org.citypeers.plan.PlanService;
import org.citypeers.plan.SectionConflictException;
import org.citypeers.plan.SectionContent;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Base of the section editors: remembers the section version it loaded, saves (on autosave, blur or
 * the manual save) against it, and on a conflict shows the other person's content next to one's own.
 * Subclasses only read and show the content.
 */
abstract class SectionEditor extends VerticalLayout {

    protected final PlanService plans;
    protected final Long planId;
    protected final PlanSectionKind kind;
    protected final boolean editable;
    final SaveStateLabel state;
    private final Runnable onSaved;
    private long version;
    private SectionContent saved;
    private boolean resolving;

    SectionEditor(PlanService plans, PlanSection section, boolean editable, Runnable onSaved, Runnable onStateChange) {
        this.plans = plans;
        this.planId = section.getPlanId();
        this.kind = section.getKind();
        this.editable = editable;
        this.onSaved = onSaved;
        this.version = section.getVersion();
        this.saved = section.content();
        this.state = new SaveStateLabel(onStateChange);
        this.state.setId("save-state-" + kind.name());
        setPadding(false);
        setWidthFull();
        if (section.getUpdatedAt() != null) {
            state.saved(section.getUpdatedAt());
        }
    }

    /** The content as the person has it in the editor now. */
    abstract SectionContent read();

    /** Puts content into the editor (after taking the other person's version). */
    abstract void show(SectionContent content);

    /** A readable rendering, for the conflict dialog. */
    String describe(SectionContent c) {
        return c.text() == null ? "" : c.text();
    }

    boolean hasUnsavedChanges() {
        return editable && !read().sameAs(saved);
    }

    /** Saves if something changed; returns false when the save did not happen (conflict, error). */
    boolean save() {
        if (!editable || resolving) {
            return !resolving;
        }
        SectionContent mine = read();
        if (mine.sameAs(saved)) {
            if (state.state() != SaveStateLabel.State.SAVED) {
                state.saved(null);
            }
            return true;
        }
        try {
            PlanSection s = plans.saveSection(planId, kind, version, mine);
            version = s.getVersion();
            saved = s.content();
            state.saved(s.getUpdatedAt());
            onSaved.run();
            return true;
        } catch (SectionConflictException e) {
            conflict(e, mine);
        } catch (ObjectOptimisticLockingFailureException e) {
            // two saves in the very same moment: the database noticed; show what won
            PlanSection now = plans.section(planId, kind);
            conflict(new SectionConflictException(PlanSection.class, now.getId(), now.content(), now.getVersion(), now.getUpdatedBy()), mine);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            state.error();
            Notifications.error(e.getMessage());
        }
        return false;
    }

    private void conflict(SectionConflictException e, SectionContent mine) {
        resolving = true;
        state.conflict();
        SectionContent theirs = (SectionContent) e.getCurrent();
        new ConflictDialog(PlanFormat.section(this, kind.name()), e.getSavedBy(), describe(theirs), describe(mine), new ConflictDialog.Choice() {
            @Override
            public void keepMine() {
                resolving = false;
                version = e.getCurrentVersion();
                saved = theirs;
                show(mine);
                save();
            }

            @Override
            public void takeTheirs() {
                resolving = false;
                version = e.getCurrentVersion();
                saved = theirs;
                show(theirs);
                state.saved(null);
            }

            @Override
            public Runnable combine() {
                return kind.isText() || kind == PlanSectionKind.CHALLENGES ? () -> {
                    resolving = false;
                    version = e.getCurrentVersion();
                    saved = theirs;
                    String combined = (theirs.text() == null ? "" : theirs.text() + "\n\n") + (mine.text() == null ? "" : mine.text());
                    show(new SectionContent(combined, union(theirs, mine), mine.stakeholders(), mine.answers()));
                    save();
                } : null;
            }
        }).open();
    }

    private static java.util.List<String> union(SectionContent a, SectionContent b) {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(a.themeCodes() == null ? java.util.List.of() : a.themeCodes());
        if (b.themeCodes() != null) {
            s.addAll(b.themeCodes());
        }
        return new java.util.ArrayList<>(s);
    }
}
