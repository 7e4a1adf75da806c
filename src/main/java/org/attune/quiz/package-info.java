/**
 * Module post-tests: the quiz a module defines, the attempts learners make, server-side timing, and grading.
 * Grading is a pure function ({@link org.attune.quiz.Grading}) of the questions as the learner saw them and the
 * answers saved. This package never sends a correct answer or a rationale to the browser before its attempt is
 * submitted, never grades an attempt twice, and never lets one learner read or change another's attempt.
 */
package org.attune.quiz;
