package org.attune.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * "Email notifications" ({@code /account/notifications}, the link at the foot of every notification): the signed-in
 * person turns each notification offered to them on or off. Security mail is not listed: it is always sent.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One notification on the page, as its checkbox has it. */
    public static final class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Notification notification;
        private boolean on;

        Choice(Notification notification, boolean on) {
            this.notification = notification;
            this.on = on;
        }

        public String getLabel() {
            return org.attune.web.Texts.text("account.notifications." + notification.name());
        }

        public boolean isOn() {
            return on;
        }

        public void setOn(boolean on) {
            this.on = on;
        }
    }

    @Inject
    NotificationPreferences preferences;

    @Inject
    CurrentAccount me;

    private List<Choice> choices;

    public void load() {
        var off = preferences.turnedOff(account());
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(me::hasRole).forEach(roles::add);
        choices = Notification.offeredTo(roles).stream()
                .map(n -> new Choice(n, !off.contains(n)))
                .toList();
    }

    public void save() {
        var off = choices.stream()
                .filter(c -> !c.on)
                .map(c -> c.notification)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Notification.class)));
        preferences.turnOff(account(), off);
        Messages.addGlobalInfo(
                off.isEmpty()
                        ? org.attune.web.Texts.text("account.notifications.savedAll")
                        : off.size() == choices.size()
                                ? org.attune.web.Texts.text("account.notifications.savedNone")
                                : org.attune.web.Texts.text("account.notifications.savedSome"));
    }

    public List<Choice> getChoices() {
        return choices;
    }

    private long account() {
        return me.id().orElseThrow();
    }
}
