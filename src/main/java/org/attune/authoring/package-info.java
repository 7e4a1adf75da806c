/**
 * What instructors edit: for now, a module as a zip in exactly the {@code modules/} folder format, exported from
 * what the application holds and imported back. An uploaded zip is untrusted input: it is read within limits
 * (entries, sizes, paths) into a scratch folder and through the same strict reader as {@code modules/}, and it
 * changes nothing unless all of it reads.
 */
package org.attune.authoring;
