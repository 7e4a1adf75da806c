package org.attune.web;

/** The body of every error the JSON API returns: the HTTP status and a sentence a person can act on. */
public record ApiError(int status, String error) {}
