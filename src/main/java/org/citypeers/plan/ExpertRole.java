package org.citypeers.plan;

/** The part an expert plays for a plan: a mentor accompanies the city, a jury member judges the plan. */
public enum ExpertRole { MENTOR, JURY }
