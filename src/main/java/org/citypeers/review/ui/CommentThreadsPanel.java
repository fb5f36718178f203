package org.citypeers.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.citypeers.base.ui.Notifications;
import org.citypeers.review.CommentService;
import org.citypeers.review.CommentService.ThreadView;
import org.citypeers.review.ReviewComment;

/**
 * The comment threads of one section or action of a plan (or of the whole plan, with a choice of where
 * a new thread goes): each comment with its author and time, answer, resolve and reopen, and a box for
 * a new thread with a person picker for mentions. Text is shown as plain text only.
 */
class CommentThreadsPanel extends Div {

    /** Where new threads of this panel go: a section key or an action id. */
    record Target(String label, String sectionKey, Long actionId) {}

    private final CommentService comments;
    private final Long planId;
    private final Supplier<List<ThreadView>> source;
    private final List<Target> targets;
    private final Map<Target, String> labels;
    private final Div list = new Div();

    CommentThreadsPanel(CommentService comments, Long planId, Supplier<List<ThreadView>> source, List<Target> targets) {
        this.comments = comments;
        this.planId = planId;
        this.source = source;
        this.targets = targets;
        this.labels = new LinkedHashMap<>();
        targets.forEach(t -> labels.put(t, t.label()));
        addClassName("cp-comment-threads");
        getStyle().set("border-left", "3px solid var(--lumo-contrast-10pct)").set("padding-left", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        add(list);
        if (comments.canStartThread(planId)) {
            add(newThreadForm());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ThreadView> threads = source.get();
        for (ThreadView t : threads) {
            list.add(thread(t));
        }
    }

    private Div thread(ThreadView t) {
        Div box = new Div();
        box.addClassName("cp-comment-thread");
        box.getElement().setAttribute("data-thread-id", String.valueOf(t.id()));
        box.getElement().setAttribute("data-status", t.status().name());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)");
        if (targets.size() > 1) {
            targets.stream().filter(x -> matches(x, t)).findFirst()
                    .ifPresent(x -> box.add(badge(x.label())));
        }
        if (!t.isOpen()) {
            box.add(badge(getTranslation("review.thread.resolvedBy", t.resolvedBy())));
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (CommentService.CommentView c : t.comments()) {
            Div comment = new Div();
            comment.addClassName("cp-comment");
            Span who = new Span(c.authorName() + " · " + time.format(c.createdAt()));
            who.addClassName("cp-muted");
            who.getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "block");
            // Span escapes its text: a comment is never interpreted as HTML
            Span body = new Span(c.body());
            body.addClassName("cp-comment-body");
            body.getStyle().set("white-space", "pre-line").set("display", "block");
            comment.add(who, body);
            comment.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
            box.add(comment);
        }
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        if (t.isOpen()) {
            TextArea answer = textArea(getTranslation("review.thread.answer"));
            answer.addClassName("cp-comment-answer");
            Button send = new Button(getTranslation("review.thread.send"), e -> run(() -> comments.reply(t.id(), answer.getValue())));
            send.addClassName("cp-comment-send");
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button resolve = new Button(getTranslation("review.thread.resolve"), VaadinIcon.CHECK.create(),
                    e -> run(() -> comments.resolve(t.id(), comments.versionOf(t.id()))));
            resolve.addClassName("cp-comment-resolve");
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(answer, mentionPicker(answer));
            actions.add(send, resolve);
        } else {
            Button reopen = new Button(getTranslation("review.thread.reopen"),
                    e -> run(() -> comments.reopen(t.id(), comments.versionOf(t.id()))));
            reopen.addClassName("cp-comment-reopen");
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reopen);
        }
        box.add(actions);
        return box;
    }

    private Div newThreadForm() {
        Div form = new Div();
        form.addClassName("cp-comment-new");
        TextArea text = textArea(getTranslation("review.thread.new"));
        text.addClassName("cp-comment-new-text");
        Select<Target> where = new Select<>();
        where.setItems(targets);
        where.setItemLabelGenerator(Target::label);
        where.setValue(targets.getFirst());
        where.setLabel(getTranslation("review.thread.where"));
        where.addClassName("cp-comment-where");
        where.setVisible(targets.size() > 1);
        Button post = new Button(getTranslation("review.thread.post"), VaadinIcon.COMMENT.create(), e -> {
            Target target = where.getValue();
            run(() -> comments.startThread(planId, target.sectionKey(), target.actionId(), text.getValue()));
        });
        post.addClassName("cp-comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        form.add(where, text, mentionPicker(text), post);
        return form;
    }

    private ComboBox<CommentService.Mentionable> mentionPicker(TextArea into) {
        ComboBox<CommentService.Mentionable> pick = new ComboBox<>();
        pick.setPlaceholder(getTranslation("review.thread.mention"));
        pick.setAriaLabel(getTranslation("review.thread.mention"));
        pick.addClassName("cp-comment-mention");
        pick.setItems(comments.mentionable(planId));
        pick.setItemLabelGenerator(CommentService.Mentionable::name);
        pick.getStyle().set("font-size", "var(--lumo-font-size-s)");
        pick.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String v = into.getValue();
                into.setValue((v.isEmpty() || v.endsWith(" ") || v.endsWith("\n") ? v : v + " ") + "@" + e.getValue().name() + " ");
                pick.clear();
                into.focus();
            }
        });
        return pick;
    }

    private TextArea textArea(String label) {
        TextArea area = new TextArea();
        area.setPlaceholder(label);
        area.setAriaLabel(label);
        area.setMaxLength(ReviewComment.BODY_MAX);
        area.setWidthFull();
        area.setMinRows(2);
        return area;
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
            // the new-thread box is re-created so that it starts empty
            getChildren().filter(c -> c.hasClassName("cp-comment-new")).findFirst().ifPresent(f -> {
                remove(f);
                add(newThreadForm());
            });
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException
                 | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            Notifications.error(e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException
                    ? getTranslation("review.thread.changed") : e.getMessage());
            refresh();
        }
    }

    private static boolean matches(Target target, ThreadView t) {
        return target.actionId() != null ? target.actionId().equals(t.actionId())
                : target.sectionKey().equals(t.sectionKey()) && t.actionId() == null;
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.addClassName("cp-badge");
        return s;
    }
}
