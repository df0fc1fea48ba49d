"""Authentication helpers for vulnshop."""
import base64
import functools
import hashlib
import hmac
import json
import random

from flask import abort, current_app, redirect, request, session, url_for

try:
    import jwt  # PyJWT, optional
except ImportError:
    jwt = None


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def check_password(user, password):
    return user["password_hash"] == hash_password(password)


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if "user_id" not in session:
            return redirect(url_for("shop.login", next=request.path))
        return view(*args, **kwargs)
    return wrapped


def admin_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if session.get("role") != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapped


def make_reset_token():
    seed = str(random.random())
    return hashlib.sha1(seed.encode()).hexdigest()


def _b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def issue_api_token(user):
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64(json.dumps({"sub": user["username"], "role": user["role"]}).encode())
    key = current_app.config["SECRET_KEY"].encode()
    sig = hmac.new(key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64(sig)}"


def decode_api_token(token):
    if jwt is not None:
        return jwt.decode(token, options={"verify_signature": False})
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def api_claims():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    return decode_api_token(header[len("Bearer "):])
