package org.citypeers.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByProgrammeIdOrderByDecidedAtDesc(Long programmeId);

    List<Award> findByProgrammeIdAndStatusNot(Long programmeId, Award.Status status);

    List<Award> findByStatusOrderByYearDescCityNameAsc(Award.Status status);

    List<Award> findByCityIdAndStatusOrderByYearDesc(Long cityId, Award.Status status);

    List<Award> findByProgrammeIdAndStatusOrderByCityNameAsc(Long programmeId, Award.Status status);

    List<Award> findByPlanIdOrderByDecidedAtDesc(Long planId);
}
