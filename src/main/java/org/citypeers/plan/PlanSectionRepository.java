package org.citypeers.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

    @Query("select s from PlanSection s where s.plan.id = :planId")
    List<PlanSection> findByPlan(Long planId);

    /** How many of the programme's plans following the template answered each question: rows of (question id, count). */
    @Query("select key(a), count(s) from PlanSection s join s.answers a "
            + "where s.plan.programme.id = :programmeId and s.plan.templateId = :templateId group by key(a)")
    List<Object[]> countAnswersByQuestion(Long programmeId, Long templateId);

    /** How many of the programme's plans following the template answered the question outside {@code min..max}. */
    @Query("select count(s) from PlanSection s join s.answers a where s.plan.programme.id = :programmeId "
            + "and s.plan.templateId = :templateId and key(a) = :questionId and (a < :min or a > :max)")
    long countAnswersOutside(Long programmeId, Long templateId, Long questionId, int min, int max);

    @Query("select s from PlanSection s where s.plan.id = :planId and s.kind = :kind")
    Optional<PlanSection> findByPlanAndKind(Long planId, PlanSectionKind kind);
}
