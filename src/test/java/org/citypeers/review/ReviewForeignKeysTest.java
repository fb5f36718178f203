package org.citypeers.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citypeers.review.ReviewTestSupport.*;

import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.citypeers.IntegrationTest;
import org.citypeers.TestDatabase;
import org.citypeers.plan.ActionPlan;
import org.citypeers.plan.PlanAction;
import org.citypeers.plan.PlanService;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The review tables point at the plan tables with foreign keys (V8), on H2 and on PostgreSQL. */
class ReviewForeignKeysTest extends IntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired CommentService comments;
    @Autowired PlanService plans;
    @Autowired ReviewTestSupport support;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment env;

    @Test
    void deleting_a_plan_deletes_its_reviews_scores_and_comment_threads() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        CommentService.ThreadView thread = support.as(EXPERT, () -> comments.startThread(plan.getId(), "CONTEXT", null, "Baseline?"));
        ReviewService.ReviewView review = support.as(EXPERT, () -> reviews.submit(plan.getId(), null, support.review(plan, true, 7)));

        // no service deletes plans; the database does when a programme or a city goes (on delete cascade)
        jdbc.update("delete from action_plan where id = ?", plan.getId());

        assertThat(count("plan_review where plan_id = ?", plan.getId())).isZero();
        assertThat(count("criterion_score where review_id = ?", review.id())).isZero();
        assertThat(count("comment_thread where plan_id = ?", plan.getId())).isZero();
        assertThat(count("review_comment where thread_id = ?", thread.id())).isZero();
    }

    @Test
    void a_thread_about_an_action_the_city_deletes_stays_under_the_actions_section() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        PlanAction action = support.as(COORDINATOR, () -> plans.actions(plan.getId())).getFirst();
        CommentService.ThreadView thread = support.as(EXPERT, () -> comments.startThread(plan.getId(), null, action.getId(),
                "Is this workshop still needed?"));
        support.requestChanges(plan);

        support.as(COORDINATOR, () -> plans.deleteAction(action.getId(), action.getVersion()));

        assertThat(support.as(COORDINATOR, () -> comments.threadsOnSection(plan.getId(), "ACTIONS")))
                .singleElement().satisfies(t -> {
                    assertThat(t.id()).isEqualTo(thread.id());
                    assertThat(t.actionId()).isNull();
                    assertThat(t.comments()).extracting(CommentService.CommentView::body).containsExactly("Is this workshop still needed?");
                });
    }

    @Test
    void the_schema_refuses_reviews_and_threads_of_plans_or_versions_that_do_not_exist() {
        ActionPlan plan = support.submittedPlan(EXPERT);
        Long expert = support.account(EXPERT).getId();
        OffsetDateTime now = OffsetDateTime.now();

        assertThatThrownBy(() -> jdbc.update("insert into plan_review (plan_id, expert_id, plan_version, status, updated_at) "
                + "values (?, ?, 7, 'DRAFT', ?)", plan.getId(), expert, now)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into comment_thread (plan_id, section_key, status, created_by, created_at, "
                + "last_activity_at) values (?, 'CONTEXT', 'OPEN', ?, ?, ?)", -1L, expert, now, now))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into comment_thread (plan_id, action_id, status, created_by, created_at, "
                + "last_activity_at) values (?, -1, 'OPEN', ?, ?, ?)", plan.getId(), expert, now, now))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /**
     * V8 over rows written before it: a submitted review gets the version it was submitted for, a draft
     * the latest version; left-overs of deleted plans or actions are dropped or detached, not kept
     * against the foreign keys. Runs the migrations in a scratch database (H2) or schema (PostgreSQL).
     */
    @Test
    void the_migration_keeps_existing_reviews_with_their_plan_version() throws Exception {
        boolean postgres = TestDatabase.isPostgres();
        String schema = postgres ? "review_v8_" + ProcessHandle.current().pid() : null;
        SingleConnectionDataSource scratch = postgres
                ? new SingleConnectionDataSource(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                        env.getProperty("spring.datasource.password", ""), true)
                : new SingleConnectionDataSource("jdbc:h2:mem:review-v8-" + UUID.randomUUID(), "sa", "", true);
        try {
            migrate(scratch, schema, "6");
            if (postgres) {
                scratch.getConnection().setSchema(schema);
            }
            JdbcTemplate db = new JdbcTemplate(scratch);
            db.update("insert into user_account (name, email, password_hash, roles, created_at) values "
                    + "('E', 'e@example.test', 'x', 'EXPERT', current_timestamp)");
            db.update("insert into programme (name, short_name) values ('P', 'P')");
            db.update("insert into city (name, kind, country) values ('C', 'CITY', 'LT')");
            Long user = db.queryForObject("select id from user_account", Long.class);
            Long programme = db.queryForObject("select id from programme", Long.class);
            Long city = db.queryForObject("select id from city", Long.class);
            Long template = db.queryForObject("select id from plan_template where programme_id is null", Long.class);
            db.update("insert into action_plan (programme_id, city_id, template_id, round, language, status, latest_version, "
                    + "created_at, updated_at) values (?, ?, ?, 2030, 'lt', 'RESUBMITTED', 2, current_timestamp, current_timestamp)",
                    programme, city, template);
            Long plan = db.queryForObject("select id from action_plan", Long.class);
            db.update("insert into plan_version (plan_id, number, submitted_at, submitted_by) values (?, 1, ?, 'C')",
                    plan, OffsetDateTime.parse("2026-01-10T10:00:00Z"));
            db.update("insert into plan_version (plan_id, number, submitted_at, submitted_by) values (?, 2, ?, 'C')",
                    plan, OffsetDateTime.parse("2026-03-10T10:00:00Z"));
            // submitted between the two versions: a review of version 1
            db.update("insert into plan_review (plan_id, expert_id, status, updated_at, submitted_at) values (?, ?, 'SUBMITTED', ?, ?)",
                    plan, user, OffsetDateTime.parse("2026-02-01T10:00:00Z"), OffsetDateTime.parse("2026-02-01T10:00:00Z"));
            // left-overs: a review of a plan that is gone, a thread about an action that is gone
            db.update("insert into plan_review (plan_id, expert_id, status, updated_at) values (?, ?, 'DRAFT', current_timestamp)",
                    999_999L, user);
            db.update("insert into comment_thread (plan_id, action_id, status, created_by, created_at, last_activity_at) "
                    + "values (?, 999999, 'OPEN', ?, current_timestamp, current_timestamp)", plan, user);

            migrate(scratch, schema, null);

            assertThat(db.queryForList("select plan_version from plan_review", Integer.class)).containsExactly(1);
            assertThat(db.queryForObject("select count(*) from comment_thread where plan_id = ? and action_id is null", Long.class, plan))
                    .isEqualTo(1L);
            // the expert's review of version 2 is a row of its own
            db.update("insert into plan_review (plan_id, expert_id, plan_version, status, updated_at) "
                    + "values (?, ?, 2, 'DRAFT', current_timestamp)", plan, user);
            assertThat(db.queryForObject("select count(*) from plan_review where plan_id = ?", Long.class, plan)).isEqualTo(2L);
        } finally {
            if (postgres) {
                try (Statement s = scratch.getConnection().createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                }
            } else {
                new JdbcTemplate(scratch).execute("shutdown");
            }
            scratch.destroy();
        }
    }

    private static void migrate(DataSource ds, String schema, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }

    private long count(String fromWhere, Object arg) {
        return jdbc.queryForObject("select count(*) from " + fromWhere, Long.class, arg);
    }
}
