/**
 * Module post-tests: the quiz a module defines, the attempts learners make, server-side timing, and grading.
 * Grading is a pure function ({@link org.attune.quiz.Grading}) of the questions as the learner saw them and the
 * answers saved; whether a learner may start an attempt is one too ({@link org.attune.quiz.AttemptRules}), over
 * their standing in the module's lessons. A passed attempt is recorded as a fact of the learner's progress in the
 * grading transaction, whichever path grades it (submitting, time running out, the sweep of expired attempts), and
 * the first pass is emailed to the learner ({@link org.attune.quiz.PostTestLetters}). This
 * package never decides whether a module is complete, never sends a correct answer or a rationale to the browser
 * before its attempt is submitted, never grades an attempt twice, and never lets one learner read or change
 * another's attempt.
 */
package org.attune.quiz;
