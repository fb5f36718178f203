package org.citypeers.practice;

/** Published after an admin changed the theme taxonomy (labels, keywords, new themes). */
public record ThemesChanged() {}
