package org.citypeers.base.ui;

import java.util.Set;

/**
 * Implemented by each feature (a Spring bean) to announce which of the main navigation's paths it
 * serves, so that the menu only ever offers pages that exist.
 */
public interface NavContribution {
    Set<String> paths();
}
