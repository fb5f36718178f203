package org.citypeers.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {
    List<Theme> findAllByOrderByPositionAscCodeAsc();

    Optional<Theme> findByCode(String code);
}
