/**
 * What every page and API call shares: the JSON API's root and its error responses, and PrimeFaces markup
 * corrected where its default fails accessibility. Nothing here knows about a
 * feature; a feature's pages and resources live in the feature's own package. Errors never leave as a stack trace.
 */
package org.attune.web;
