package org.citypeers.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findAllByOrderByStartDateDescNameAsc();

    @EntityGraph(attributePaths = {"phases"})
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findWithPhasesById(Long id);

    @Query("select distinct p from Programme p join p.managerIds m where m = :userId order by p.name")
    List<Programme> findManagedBy(Long userId);

    Optional<Programme> findByShortNameIgnoreCase(String shortName);
}
