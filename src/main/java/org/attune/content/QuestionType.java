package org.attune.content;

/** The kinds of question a post-test can ask. Names are those written in quiz.yaml, in lower case. */
public enum QuestionType {
    /** One correct choice among several. */
    SINGLE,
    /** One or more correct choices; all-or-nothing or partial credit. */
    MULTIPLE,
    /** A statement that is true or false. */
    TRUEFALSE,
    /** Steps to put in their correct order; credit only for the whole order. */
    ORDERING,
    /** Terms to match with their descriptions; credit for each correct match. */
    MATCHING
}
