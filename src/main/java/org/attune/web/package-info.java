/**
 * What every page and API call shares: the JSON API's root and its error responses, PrimeFaces markup corrected
 * where its default fails accessibility, and the protections every request passes through: the cross-site guard
 * (no other site's page changes anything), the session cookie's and transport's settings, and stateless views for
 * visitors (no session until someone signs in). Nothing here knows about a feature; a feature's pages and resources
 * live in the feature's own package. Errors never leave as a stack trace.
 */
package org.attune.web;
