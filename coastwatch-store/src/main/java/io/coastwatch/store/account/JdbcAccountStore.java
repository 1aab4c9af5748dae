package io.coastwatch.store.account;

import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.store.account.Account.OidcIdentity;
import io.coastwatch.store.jdbc.Durability;
import io.coastwatch.store.tx.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts in the {@code accounts} table with their roles in {@code account_roles} (an absent unit or
 * agency written as {@code ''}), API tokens in {@code api_tokens}. Every write is one durable
 * transaction, or joins the calling use case's ({@link JdbcTransactions}) with its audit record.
 * Thread-safe.
 */
public final class JdbcAccountStore implements AccountStore {

    private static final String ACCOUNT_COLUMNS = "username, password_hash, enabled, created_ms, password_changed_ms,"
            + " person_id, totp_secret, oidc_issuer, oidc_subject";
    private static final String TOKEN_COLUMNS = "id, token_hash, username, label, created_ms, expires_ms, last_used_ms";
    private static final String NONE = "";

    private final JdbcTransactions transactions;

    /** @param transactions the store's transactions: a write inside a use case's transaction joins it (and its audit record) */
    public JdbcAccountStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Account> find(String username) {
        return first("WHERE username = ?", username, null);
    }

    @Override
    public Optional<Account> findSignedOn(String issuer, String subject) {
        return first("WHERE oidc_issuer = ? AND oidc_subject = ?", issuer, subject);
    }

    private Optional<Account> first(String where, String first, String second) {
        return transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM accounts " + where)) {
                query.setString(1, first);
                if (second != null) {
                    query.setString(2, second);
                }
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    String username = row.getString(1);
                    return Optional.of(account(row, assignments(connection, username)));
                }
            }
        });
    }

    @Override
    public List<Account> all() {
        return transactions.read(connection -> {
            Map<String, List<RoleAssignment>> roles = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT username, role, unit_id, agency_id FROM account_roles ORDER BY role, unit_id, agency_id");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.computeIfAbsent(rows.getString(1), u -> new ArrayList<>()).add(assignment(rows, 2));
                }
            }
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ACCOUNT_COLUMNS + " FROM accounts");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(rows, roles.getOrDefault(rows.getString(1), List.of())));
                }
            }
            accounts.sort(Comparator.comparing(Account::username)); // the same order on every database
            return accounts;
        });
    }

    @Override
    public void create(Account account) {
        boolean created = transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (" + ACCOUNT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
                insert.setString(1, account.username());
                bindFields(insert, 2, account);
                if (insert.executeUpdate() == 0) {
                    return false;
                }
            }
            insertAssignments(connection, account);
            return true;
        });
        if (!created) {
            throw new IllegalStateException("an account named '" + account.username() + "' already exists");
        }
    }

    @Override
    public void update(Account account) {
        boolean updated = transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE accounts SET password_hash = ?,"
                    + " enabled = ?, created_ms = ?, password_changed_ms = ?, person_id = ?, totp_secret = ?,"
                    + " oidc_issuer = ?, oidc_subject = ? WHERE username = ?")) {
                bindFields(update, 1, account);
                update.setString(9, account.username());
                if (update.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM account_roles WHERE username = ?")) {
                delete.setString(1, account.username());
                delete.executeUpdate();
            }
            insertAssignments(connection, account);
            return true;
        });
        if (!updated) {
            throw new IllegalStateException("there is no account named '" + account.username() + "' to update");
        }
    }

    @Override
    public boolean delete(String username) {
        return transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM accounts WHERE username = ?")) {
                delete.setString(1, username);
                return delete.executeUpdate() > 0; // roles and tokens go with it (ON DELETE CASCADE)
            }
        });
    }

    @Override
    public void saveToken(ApiToken token) {
        transactions.write(Durability.DURABLE, connection -> {
            if (!accountExists(connection, token.username())) {
                throw new IllegalStateException("cannot save a token for '" + token.username()
                        + "': there is no such account");
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO api_tokens (" + TOKEN_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET id = excluded.id,"
                    + " username = excluded.username, label = excluded.label, created_ms = excluded.created_ms,"
                    + " expires_ms = excluded.expires_ms, last_used_ms = excluded.last_used_ms")) {
                upsert.setString(1, token.id());
                upsert.setString(2, token.tokenHash());
                upsert.setString(3, token.username());
                upsert.setString(4, token.label());
                upsert.setLong(5, token.createdMillis());
                upsert.setLong(6, token.expiresMillis());
                upsert.setLong(7, token.lastUsedMillis());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiToken> findToken(String tokenHash) {
        List<ApiToken> found = tokensWhere("token_hash = ?", tokenHash);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    public List<ApiToken> tokens(String username) {
        List<ApiToken> tokens = new ArrayList<>(tokensWhere("username = ?", username));
        tokens.sort(Comparator.comparingLong(ApiToken::createdMillis).reversed().thenComparing(ApiToken::id));
        return tokens;
    }

    private List<ApiToken> tokensWhere(String where, String value) {
        return transactions.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE " + where)) {
                query.setString(1, value);
                try (ResultSet rows = query.executeQuery()) {
                    List<ApiToken> tokens = new ArrayList<>();
                    while (rows.next()) {
                        tokens.add(new ApiToken(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getLong(5), rows.getLong(6), rows.getLong(7)));
                    }
                    return tokens;
                }
            }
        });
    }

    @Override
    public boolean deleteToken(String id) {
        return transactions.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_tokens WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void markTokenUsed(String id, long millis) {
        transactions.write(Durability.RELAXED, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_tokens SET last_used_ms = ? WHERE id = ? AND last_used_ms < ?")) {
                update.setLong(1, millis);
                update.setString(2, id);
                update.setLong(3, millis);
                return update.executeUpdate();
            }
        });
    }

    private static List<RoleAssignment> assignments(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT role, unit_id, agency_id FROM account_roles"
                + " WHERE username = ? ORDER BY role, unit_id, agency_id")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                List<RoleAssignment> assignments = new ArrayList<>();
                while (rows.next()) {
                    assignments.add(assignment(rows, 1));
                }
                return assignments;
            }
        }
    }

    private static void insertAssignments(Connection connection, Account account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account_roles (username, role,"
                + " unit_id, agency_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (RoleAssignment assignment : account.assignments()) {
                insert.setString(1, account.username());
                insert.setString(2, assignment.role().slug());
                insert.setString(3, assignment.unitId() == null ? NONE : assignment.unitId());
                insert.setString(4, assignment.agencyId() == null ? NONE : assignment.agencyId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static RoleAssignment assignment(ResultSet row, int first) throws SQLException {
        String unit = row.getString(first + 1);
        String agency = row.getString(first + 2);
        return new RoleAssignment(Role.of(row.getString(first)), unit.isEmpty() ? null : unit,
                agency.isEmpty() ? null : agency);
    }

    private static boolean accountExists(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM accounts WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Binds every column but the username, from {@code index} on, in the order of {@link #ACCOUNT_COLUMNS}. */
    private static void bindFields(PreparedStatement statement, int index, Account account) throws SQLException {
        statement.setString(index, account.passwordHash());
        statement.setBoolean(index + 1, account.enabled());
        statement.setLong(index + 2, account.createdMillis());
        statement.setLong(index + 3, account.passwordChangedMillis());
        statement.setString(index + 4, account.personId());
        statement.setString(index + 5, account.totpSecret());
        statement.setString(index + 6, account.oidc() == null ? null : account.oidc().issuer());
        statement.setString(index + 7, account.oidc() == null ? null : account.oidc().subject());
    }

    private static Account account(ResultSet row, List<RoleAssignment> assignments) throws SQLException {
        String issuer = row.getString(8);
        return new Account(row.getString(1), row.getString(2), assignments, row.getBoolean(3), row.getLong(4),
                row.getLong(5), row.getString(6), row.getString(7),
                issuer == null ? null : new OidcIdentity(issuer, row.getString(9)));
    }
}
