"""Login tokens (``fakehub.auth``): HS256 JWTs checked against an injected clock."""

from __future__ import annotations

import jwt
import pytest

from fakehub.auth import InvalidToken, TokenIssuer, parse_authorization
from fakehub.clock import ManualClock


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
