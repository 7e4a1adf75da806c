package org.attune.progress;

import java.io.Serializable;
import java.time.Instant;

/** When a learner first completed a module, and the revision of the module they completed. */
public record Completion(int revision, Instant at) implements Serializable {}
