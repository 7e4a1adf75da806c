package org.attune.account;

/** What a clinician gives to open an account; profession and licence number may be blank. */
public record SignUpRequest(String fullName, String email, char[] password, String profession, String licenceNumber) {}
