/**
 * What admins manage that no single feature owns: people (search, roles, deactivation) and a person's record
 * across features (progress, post-tests, certificates). Pages here call the features' services; this package never
 * reads their tables itself, and every page checks the admin role again, whatever web.xml says.
 */
package org.attune.admin;
