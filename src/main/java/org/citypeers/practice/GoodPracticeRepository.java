package org.citypeers.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoodPracticeRepository extends JpaRepository<GoodPractice, Long> {

    Optional<GoodPractice> findByExternalId(String externalId);

    List<GoodPractice> findByExternalIdIn(Collection<String> externalIds);

    @Query("select p from GoodPractice p left join fetch p.city left join fetch p.programme where p.id = :id")
    Optional<GoodPractice> findWithOwner(long id);

    @Query("select p from GoodPractice p left join fetch p.city left join fetch p.programme where p.id > :afterId order by p.id")
    List<GoodPractice> findBatchAfter(long afterId, Pageable page);

    @Query("select p from GoodPractice p left join fetch p.city left join fetch p.programme where p.id in :ids")
    List<GoodPractice> findWithOwnerByIdIn(Collection<Long> ids);

    @Query("select p from GoodPractice p where p.city.id = :cityId order by p.updatedAt desc")
    List<GoodPractice> findByCity(long cityId);

    List<GoodPractice> findByStatusInOrderByUpdatedAtAsc(Collection<PracticeStatus> statuses);

    long countByStatus(PracticeStatus status);

    @Query("select count(p) from GoodPractice p where p.city.id = :cityId and p.status in :statuses")
    long countByCityAndStatusIn(long cityId, Collection<PracticeStatus> statuses);

    @Query("select p.id from GoodPractice p where p.status = :status order by p.id")
    List<Long> findIdsByStatus(PracticeStatus status);
}
