package io.coastwatch.server.security;

import io.coastwatch.store.account.Account;
import io.coastwatch.store.account.AccountStore;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Users from the {@link AccountStore}, with their role as the authority {@code ROLE_<role>}. Thread-safe. */
public final class AccountUserDetailsService implements UserDetailsService {
    private final AccountStore accounts;

    public AccountUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).map(AccountUserDetailsService::details)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    static UserDetails details(Account account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .build();
    }
}
