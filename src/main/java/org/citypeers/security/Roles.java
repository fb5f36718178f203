package org.citypeers.security;

import java.util.List;

/** The four roles of CityPeers, in one place. Spring authorities carry the {@code ROLE_} prefix. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PROGRAMME_MANAGER = "PROGRAMME_MANAGER";
    public static final String EXPERT = "EXPERT";
    public static final String CITY_COORDINATOR = "CITY_COORDINATOR";

    public static final List<String> ALL = List.of(ADMIN, PROGRAMME_MANAGER, EXPERT, CITY_COORDINATOR);

    private Roles() {}
}
