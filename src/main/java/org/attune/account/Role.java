package org.attune.account;

/** What a person may do in Attune. Names are the role names the web tier and Jakarta Security use. */
public enum Role {
    /** Takes courses, earns certificates. Everyone who signs up is one. */
    clinician,
    /** Writes and edits courses. */
    instructor,
    /** Manages people and certificates. */
    admin
}
