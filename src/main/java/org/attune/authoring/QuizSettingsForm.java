package org.attune.authoring;

import java.io.Serializable;
import org.attune.content.QuizSettings;

/** The post-test settings as their form edits them: made from the settings, and turned back into settings. */
public class QuizSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private int passingScore;
    private Integer attemptsAllowed;
    private int waitMinutes;
    private Integer timeLimitMinutes;
    private boolean shuffle;
    private Integer drawCount;
    private boolean oneAtATime;
    private QuizSettings.Feedback feedback;

    public static QuizSettingsForm of(QuizSettings settings) {
        var form = new QuizSettingsForm();
        form.passingScore = settings.passingScore();
        form.attemptsAllowed = settings.attemptsAllowed();
        form.waitMinutes = settings.waitMinutes();
        form.timeLimitMinutes = settings.timeLimitMinutes();
        form.shuffle = settings.shuffle();
        form.drawCount = settings.drawCount();
        form.oneAtATime = settings.oneAtATime();
        form.feedback = settings.feedback();
        return form;
    }

    public QuizSettings toSettings() {
        return new QuizSettings(
                passingScore, attemptsAllowed, waitMinutes, timeLimitMinutes, shuffle, drawCount, oneAtATime, feedback);
    }

    public int getPassingScore() {
        return passingScore;
    }

    public void setPassingScore(int passingScore) {
        this.passingScore = passingScore;
    }

    public Integer getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public void setAttemptsAllowed(Integer attemptsAllowed) {
        this.attemptsAllowed = attemptsAllowed;
    }

    public int getWaitMinutes() {
        return waitMinutes;
    }

    public void setWaitMinutes(int waitMinutes) {
        this.waitMinutes = waitMinutes;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public boolean isShuffle() {
        return shuffle;
    }

    public void setShuffle(boolean shuffle) {
        this.shuffle = shuffle;
    }

    public Integer getDrawCount() {
        return drawCount;
    }

    public void setDrawCount(Integer drawCount) {
        this.drawCount = drawCount;
    }

    public boolean isOneAtATime() {
        return oneAtATime;
    }

    public void setOneAtATime(boolean oneAtATime) {
        this.oneAtATime = oneAtATime;
    }

    public QuizSettings.Feedback getFeedback() {
        return feedback;
    }

    public void setFeedback(QuizSettings.Feedback feedback) {
        this.feedback = feedback;
    }
}
