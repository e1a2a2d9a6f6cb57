package dev.backcare.rules;

/** One rule that fired, and what it means for the person, in a sentence. */
public record Reason(Rule rule, String message) {}
