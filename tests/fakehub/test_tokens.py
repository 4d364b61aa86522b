"""Login tokens (``fakehub.auth``): HS256 JWTs checked against an injected clock."""

from __future__ import annotations

import random

import jwt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fakehub.auth import VERIFIED_KEPT, InvalidToken, TokenIssuer, parse_authorization
from fakehub.clock import ManualClock
from fakehub.state import State
from tests.depth import depth


@pytest.fixture
def tokens(clock: ManualClock) -> TokenIssuer:
    return TokenIssuer(clock=clock)


def test_a_token_names_its_user_and_expires_in_an_hour(
    tokens: TokenIssuer, clock: ManualClock
) -> None:
    claims = tokens.verify(tokens.issue("alice"))
    assert claims.username == "alice"
    assert (claims.expires - clock.now).total_seconds() == 3600


def test_tokens_are_hs256_jwts_with_sub_exp_and_jti(tokens: TokenIssuer) -> None:
    token = tokens.issue("alice")
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    payload = jwt.decode(token, options={"verify_signature": False})
    assert payload["sub"] == "alice" and {"exp", "jti"} <= payload.keys()


def test_each_token_has_its_own_jti(tokens: TokenIssuer) -> None:
    assert tokens.verify(tokens.issue("a")).jti != tokens.verify(tokens.issue("a")).jti


def test_an_expired_token_is_refused(tokens: TokenIssuer, clock: ManualClock) -> None:
    token = tokens.issue("alice")
    clock.advance(hours=1)
    with pytest.raises(InvalidToken, match="expired"):
        tokens.verify(token)


def test_a_token_of_another_application_is_refused(tokens: TokenIssuer) -> None:
    other = TokenIssuer()
    with pytest.raises(InvalidToken):
        tokens.verify(other.issue("alice"))


def test_a_revoked_token_is_refused(tokens: TokenIssuer) -> None:
    token = tokens.issue("alice")
    tokens.revoke(tokens.verify(token))
    with pytest.raises(InvalidToken, match="revoked"):
        tokens.verify(token)


def test_a_token_signature_is_checked_once_however_often_it_is_verified(
    tokens: TokenIssuer, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = tokens.issue("alice")
    decoded: list[str] = []
    real_decode = jwt.decode
    monkeypatch.setattr(
        jwt, "decode", lambda t, *a, **k: decoded.append(t) or real_decode(t, *a, **k)
    )
    for _ in range(3):
        assert tokens.verify(token).username == "alice"
    assert decoded == [token]


def test_a_verified_token_is_still_refused_once_expired_or_revoked(
    tokens: TokenIssuer, clock: ManualClock
) -> None:
    expiring, revoked = tokens.issue("alice"), tokens.issue("alice")
    tokens.verify(expiring)
    tokens.revoke(tokens.verify(revoked))
    with pytest.raises(InvalidToken, match="revoked"):
        tokens.verify(revoked)
    clock.advance(hours=1)
    with pytest.raises(InvalidToken, match="expired"):
        tokens.verify(expiring)


def test_a_refused_token_is_not_kept_and_the_kept_ones_are_bounded(tokens: TokenIssuer) -> None:
    forged = TokenIssuer().issue("alice")
    for _ in range(2):
        with pytest.raises(InvalidToken):
            tokens.verify(forged)
    issued = [tokens.issue("alice") for _ in range(VERIFIED_KEPT + 5)]
    for token in issued:
        tokens.verify(token)
    assert forged not in tokens._verified
    assert len(tokens._verified) <= VERIFIED_KEPT
    assert all(tokens.verify(token).username == "alice" for token in issued)


@pytest.mark.parametrize("header", ["Bearer abc", "JWT abc", "bearer abc", "jwt abc"])
def test_bearer_and_jwt_schemes_carry_the_token(header: str) -> None:
    assert parse_authorization(header) == "abc"


@pytest.mark.parametrize("header", [None, "", "Basic dXNlcjpwdw=="])
def test_other_headers_mean_anonymous(header: str | None) -> None:
    assert parse_authorization(header) is None


@pytest.mark.parametrize("header", ["Bearer", "JWT a b"])
def test_malformed_token_headers_are_refused(header: str) -> None:
    with pytest.raises(InvalidToken):
        parse_authorization(header)


# A life of accounts: ("create", name) creates the account when it is missing, ("reset",)
# forgets every account, ("issue", name) issues a token when the account exists.
_NAMES = st.sampled_from(["ann", "ben"])
_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), _NAMES),
        st.tuples(st.just("issue"), _NAMES),
        st.just(("reset",)),
    ),
    max_size=12,
)


@settings(max_examples=depth(60), deadline=None)
@given(steps=_STEPS)
def test_a_token_verifies_exactly_while_its_account_is_the_one_it_was_issued_for(
    steps: list[tuple[str, ...]],
) -> None:
    state = State(clock=ManualClock(), rng=random.Random(0), password_iterations=1)
    tokens = TokenIssuer(clock=state.now, incarnations=state.incarnation_of)
    issued: list[tuple[str, str, int]] = []  # token, its account, that account's generation
    generation = {"ann": 0, "ben": 0}  # how many times each account came into being
    for step in steps:
        if step[0] == "create" and state.find_user(step[1]) is None:
            state.create_user(step[1], "password-1")
            generation[step[1]] += 1
        elif step[0] == "issue" and state.find_user(step[1]) is not None:
            issued.append((tokens.issue(step[1]), step[1], generation[step[1]]))
        elif step[0] == "reset":
            state.reset()
    for token, name, born in issued:
        alive = state.find_user(name) is not None and generation[name] == born
        try:
            tokens.verify(token)
            verified = True
        except InvalidToken:
            verified = False
        assert verified == alive, (name, born, generation[name])


def test_of_two_racing_right_codes_only_the_first_to_finish_logs_in(
    tokens: TokenIssuer,
) -> None:
    login_2fa_token = tokens.issue_login_2fa("carol")
    first, second = tokens.start_login_2fa(login_2fa_token), tokens.start_login_2fa(login_2fa_token)
    tokens.finish_login_2fa(first)
    with pytest.raises(InvalidToken, match="already been used"):
        tokens.finish_login_2fa(second)
