package io.coastwatch.store.account;

/** What a user may do: administer (accounts, sources), operate (act on alerts, incidents), or view. */
public enum Role {
    ADMIN,
    OPERATOR,
    VIEWER
}
