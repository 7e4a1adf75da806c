package org.attune.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attune.account.AccountService;
import org.attune.account.CurrentAccount;
import org.attune.account.Role;
import org.attune.web.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** People ({@code /admin/accounts}): every account, searched by name or email, a page at a time. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An account as the list shows it. */
    public record Line(long id, String name, String email, String roles, boolean active) implements Serializable {}

    @Inject
    AccountService accounts;

    @Inject
    CurrentAccount me;

    private String text;

    private final LazyDataModel<Line> lines = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(text);
        }

        @Override
        public List<Line> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return accounts.search(text, first, pageSize).stream()
                    .map(a -> new Line(
                            a.getId(),
                            a.getFullName(),
                            a.getEmail(),
                            a.getRoles().stream()
                                    .map(Role::name)
                                    .sorted()
                                    .map(role -> Texts.text("admin.role." + role))
                                    .collect(Collectors.joining(", ")),
                            a.isActive()))
                    .toList();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    };

    public void load() throws IOException {
        if (!me.hasRole(Role.admin)) {
            Faces.responseSendError(403, "People are managed by admins.");
        }
    }

    public LazyDataModel<Line> getLines() {
        return lines;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
