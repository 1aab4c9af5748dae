package io.coastwatch.store.account;

import io.coastwatch.store.jdbc.ConnectionSource;
import io.coastwatch.store.jdbc.Durability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and API tokens in the {@code accounts} and {@code api_tokens} tables. Every write is one
 * durable transaction. Thread-safe.
 */
public final class JdbcAccountStore implements AccountStore {

    private static final String ACCOUNT_COLUMNS = "username, password_hash, role, enabled, created_ms";
    private static final String TOKEN_COLUMNS = "token_hash, username, label, created_ms, expires_ms";

    private final ConnectionSource connections;

    public JdbcAccountStore(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public Optional<Account> find(String username) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(account(row)) : Optional.empty();
                }
            }
        });
    }

    /** {@inheritDoc} In {@link String#compareTo} order of their usernames. */
    @Override
    public List<Account> all() {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM accounts");
                    ResultSet rows = query.executeQuery()) {
                List<Account> accounts = new ArrayList<>();
                while (rows.next()) {
                    accounts.add(account(rows));
                }
                accounts.sort(Comparator.comparing(Account::username)); // the same order on every database
                return accounts;
            }
        });
    }

    @Override
    public void create(Account account) {
        int inserted = connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (" + ACCOUNT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING")) {
                bind(insert, account);
                return insert.executeUpdate();
            }
        });
        if (inserted == 0) {
            throw new IllegalStateException("an account named '" + account.username() + "' already exists");
        }
    }

    @Override
    public void update(Account account) {
        int updated = connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE accounts SET password_hash = ?, role = ?, enabled = ?, created_ms = ? WHERE username = ?")) {
                update.setString(1, account.passwordHash());
                update.setString(2, account.role().name());
                update.setBoolean(3, account.enabled());
                update.setLong(4, account.createdMillis());
                update.setString(5, account.username());
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new IllegalStateException("there is no account named '" + account.username() + "' to update");
        }
    }

    /**
     * {@inheritDoc} Inserts or replaces the token with this hash.
     *
     * @throws IllegalStateException when the token's account does not exist
     */
    @Override
    public void saveToken(ApiToken token) {
        connections.write(Durability.DURABLE, connection -> {
            if (!accountExists(connection, token.username())) {
                throw new IllegalStateException("cannot save a token for '" + token.username()
                        + "': there is no such account");
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO api_tokens (" + TOKEN_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_hash) DO UPDATE SET username = excluded.username,"
                    + " label = excluded.label, created_ms = excluded.created_ms, expires_ms = excluded.expires_ms")) {
                upsert.setString(1, token.tokenHash());
                upsert.setString(2, token.username());
                upsert.setString(3, token.label());
                upsert.setLong(4, token.createdMillis());
                upsert.setLong(5, token.expiresMillis());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiToken> findToken(String tokenHash) {
        return connections.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE token_hash = ?")) {
                query.setString(1, tokenHash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next()
                            ? Optional.of(new ApiToken(row.getString(1), row.getString(2), row.getString(3),
                                    row.getLong(4), row.getLong(5)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void deleteToken(String tokenHash) {
        connections.write(Durability.DURABLE, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_tokens WHERE token_hash = ?")) {
                delete.setString(1, tokenHash);
                return delete.executeUpdate();
            }
        });
    }

    private static boolean accountExists(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM accounts WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void bind(PreparedStatement statement, Account account) throws SQLException {
        statement.setString(1, account.username());
        statement.setString(2, account.passwordHash());
        statement.setString(3, account.role().name());
        statement.setBoolean(4, account.enabled());
        statement.setLong(5, account.createdMillis());
    }

    private static Account account(ResultSet row) throws SQLException {
        return new Account(row.getString(1), row.getString(2), Role.valueOf(row.getString(3)), row.getBoolean(4),
                row.getLong(5));
    }
}
