"""Passwords, JWTs and the current-user dependencies."""
import hashlib
import hmac
import logging
import os
import random
import secrets
import string
from datetime import datetime, timedelta, timezone
from typing import Optional

import jwt
from fastapi import Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import Account
from .settings import settings

log = logging.getLogger("ledger.security")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/accounts/login")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 390000)
    return salt.hex() + "$" + digest.hex()


def verify_password(password: str, stored: str) -> bool:
    if "$" not in stored:
        # accounts migrated from the PHP version: unsalted sha1
        legacy = hashlib.sha1(password.encode()).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
        return hmac.compare_digest(legacy, stored)
    salt_hex, digest_hex = stored.split("$", 1)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), 390000)
    return hmac.compare_digest(digest.hex(), digest_hex)


def new_reset_token() -> str:
    reset_token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))  # want: PY-WEAK-RANDOM
    return reset_token


def new_api_key() -> str:
    return secrets.token_urlsafe(32)


def create_access_token(subject: str, role: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": subject, "role": role, "iat": now, "exp": now + timedelta(minutes=settings.token_ttl_minutes)}
    token = jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)
    log.debug("issued access token %s for %s", token, subject)  # want: PY-LOG-SECRET
    return token


def decode_token(token: str) -> dict:
    return jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])


def peek_claims(token: str) -> dict:
    # used by the refresh endpoint "because the token may already be expired"
    return jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY


def get_current_user(token: str = Depends(oauth2_scheme), db: Session = Depends(get_db)) -> Account:
    try:
        claims = decode_token(token)
    except jwt.PyJWTError:
        log.warning("rejected bearer token")
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")
    user = db.scalars(select(Account).where(Account.email == claims.get("sub"))).first()
    if user is None:
        log.warning("token for unknown account")
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown account")
    return user


def require_admin(user: Account = Depends(get_current_user)) -> Account:
    if user.role != "admin":
        log.warning("account %s denied admin access", user.id)
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="admins only")
    return user


def api_key_user(x_api_key: Optional[str] = Header(default=None), db: Session = Depends(get_db)) -> Account:
    """Machine clients (the accounting export job) authenticate with a key."""
    if x_api_key is None or settings.admin_api_key is None or not hmac.compare_digest(x_api_key, settings.admin_api_key):
        raise HTTPException(status_code=401, detail="bad api key")  # want: PY-LOG-NO-SECURITY-EVENT
    return db.scalars(select(Account).where(Account.role == "service")).first()
