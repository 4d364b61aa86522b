"""Users and personal access tokens in documents."""

from __future__ import annotations

from dockerhub_sdk.wire import USERNAME
from fakehub.state.accounts import _check_totp_secret
from fakehub.state.credentials import _valid_password_hash
from fakehub.state.document.base import _LoaderBase
from fakehub.state.document.reader import _Obj
from fakehub.state.entities.accounts import (
    PAT_PREFIX,
    PAT_SCOPES,
    VISIBILITIES,
    PersonalAccessToken,
    User,
)
from fakehub.state.errors import Invalid


class _AccountsLoader(_LoaderBase):
    def _user(self, obj: _Obj) -> User:
        username, user_id = self._account(obj, "username", USERNAME)
        if obj.present("password_hash"):
            if "password" in obj.value:
                raise Invalid(obj.at("password"), "give password or password_hash, not both")
            password_hash = obj.text("password_hash")
            if not _valid_password_hash(password_hash):
                raise Invalid(obj.at("password_hash"), "expected pbkdf2_sha256$<n>$<salt>$<hash>")
        else:
            password = obj.text("password")
            if not password:
                raise Invalid(obj.at("password"), "must not be empty")
            password_hash = self.state.hash_password(password)
        user = User(
            pk=0,
            id=user_id,
            username=username,
            password_hash=password_hash,
            **obj.defaults(
                User, "full_name", "location", "company", "profile_url", "gravatar_email"
            ),
            date_joined=obj.when("date_joined", self.now),
            **obj.defaults(User, "is_staff", "is_admin"),
            private_repo_limit=obj.integer("private_repo_limit", 1, minimum=0),
            num_free_private_repos=obj.integer("num_free_private_repos", 0, minimum=0),
            default_repo_visibility=obj.choice("default_repo_visibility", VISIBILITIES, "public"),
        )
        totp_secret = obj.opt_text("totp_secret")
        if totp_secret is not None:
            user.totp_secret = _check_totp_secret(obj.at("totp_secret"), totp_secret)
        for token in obj.objects("access_tokens", PersonalAccessToken):
            pat = self._access_token(token)
            if pat.uuid in user.access_tokens:
                raise Invalid(token.at("uuid"), f"token {pat.uuid} appears twice")
            user.access_tokens[pat.uuid] = pat
        user.pk = self._id(obj, "pk", lambda v: setattr(user, "pk", v))
        self._names.add(username)
        self._user_names.add(username)
        return user

    def _access_token(self, obj: _Obj) -> PersonalAccessToken:
        """A personal access token: its ``token`` (a ``dckr_pat_`` secret, hashed here) or
        its ``token_hash`` (from a snapshot)."""
        token_hash, token_uuid = self._access_token_head(obj, PAT_PREFIX, "uuid")
        scopes: list[str] = []
        for scope, scope_path in obj.names("scopes"):
            if scope not in PAT_SCOPES:
                raise Invalid(scope_path, f"unknown scope: one of {', '.join(PAT_SCOPES)}")
            scopes.append(scope)
        return PersonalAccessToken(
            uuid=token_uuid,
            token_hash=token_hash,
            token_label=obj.text("token_label", "token"),
            scopes=scopes or ["repo:admin"],
            is_active=obj.flag("is_active", True),
            created_at=obj.when("created_at", self.now),
            last_used=obj.opt_when("last_used"),
            expires_at=obj.opt_when("expires_at"),
            creator_ip=obj.text("creator_ip", ""),
            creator_ua=obj.text("creator_ua", ""),
            client_id=obj.text("client_id", "HUB"),
            generated_by=obj.text("generated_by", "manual"),
        )
