package org.citypeers.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    @Query("select p from ActionPlan p where p.city.id = :cityId order by p.round desc, p.programme.name")
    List<ActionPlan> findByCity(Long cityId);

    @Query("select p from ActionPlan p where p.programme.id in :programmeIds order by p.round desc, p.city.name")
    List<ActionPlan> findByProgrammes(Collection<Long> programmeIds);

    @Query("select p from ActionPlan p where p.id in :ids order by p.round desc, p.city.name")
    List<ActionPlan> findByIds(Collection<Long> ids);

    @Query("select p from ActionPlan p order by p.round desc, p.city.name")
    List<ActionPlan> findAllOrdered();

    @Query("select p from ActionPlan p where p.templateId = :templateId")
    List<ActionPlan> findByTemplate(Long templateId);

    @Query("select p from ActionPlan p where p.programme.id = :programmeId and p.templateId = :templateId")
    List<ActionPlan> findByProgrammeAndTemplate(Long programmeId, Long templateId);

    boolean existsByProgrammeIdAndCityIdAndRound(Long programmeId, Long cityId, int round);
}
