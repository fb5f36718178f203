package org.citypeers.city;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Query("select p from Partnership p join fetch p.city c where p.programme.id = :programmeId order by p.role, c.name")
    List<Partnership> findByProgramme(Long programmeId);

    @Query("select p from Partnership p join fetch p.programme g where p.city.id = :cityId order by g.name")
    List<Partnership> findByCity(Long cityId);

    boolean existsByProgrammeIdAndCityId(Long programmeId, Long cityId);
}
