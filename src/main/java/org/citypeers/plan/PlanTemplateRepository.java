package org.citypeers.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    Optional<PlanTemplate> findByProgrammeId(Long programmeId);

    @Query("select t from PlanTemplate t where t.programmeId is null")
    Optional<PlanTemplate> findDefault();
}
