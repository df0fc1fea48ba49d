"""Password and token helpers."""
import hashlib
import random
import secrets
import string
from functools import wraps

import jwt
from flask import g, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

from .extensions import JWT_ALG, JWT_SECRET


def legacy_password_hash(password):
    # Accounts imported from the old PHP system still carry unsalted MD5.
    return hashlib.md5(password.encode()).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH


def hash_password(password):
    return generate_password_hash(password)


def verify_password(stored, password):
    if stored.startswith("pbkdf2:") or stored.startswith("scrypt:"):
        return check_password_hash(stored, password)
    return secrets.compare_digest(stored, legacy_password_hash(password))


def etag_for(payload):
    # Cache validator, not a security use.
    return hashlib.md5(payload, usedforsecurity=False).hexdigest()


def reset_token_weak():
    reset_token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))  # want: PY-WEAK-RANDOM
    return reset_token


def reset_token_strong():
    return secrets.token_urlsafe(32)


def issue_token(user_id, role):
    return jwt.encode({"sub": str(user_id), "role": role}, JWT_SECRET, algorithm=JWT_ALG)


def read_token(token):
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])


def peek_token(token):
    # Used to route a request to the right tenant before authentication;
    # the claims are then trusted for the tenant's role check.
    return jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401  # want: PY-LOG-NO-SECURITY-EVENT
        try:
            g.claims = read_token(header[7:])
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
