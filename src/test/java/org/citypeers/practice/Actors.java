package org.citypeers.practice;

import org.citypeers.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a demo account, or as an anonymous visitor (the shared {@link TestUsers}). */
class Actors extends TestUsers {

    Actors(UserDetailsService users) {
        super(users);
    }

    void run(String email, Runnable action) {
        as(email, action);
    }
}
