"""Authentication, MFA (TOTP, RFC 6238), CSRF and login throttling for safeshop."""
import base64
import functools
import hashlib
import hmac
import json
import logging
import secrets
import struct
import threading
import time

from flask import abort, current_app, redirect, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

log = logging.getLogger("safeshop.auth")
PASSWORD_METHOD = "pbkdf2:sha256:600000"
_DUMMY_HASH = generate_password_hash(secrets.token_urlsafe(16), method=PASSWORD_METHOD)
_failures = {}
_failures_lock = threading.Lock()


def hash_password(password):
    return generate_password_hash(password, method=PASSWORD_METHOD)


def check_password(user, password):
    if user is None:
        check_password_hash(_DUMMY_HASH, password)  # same work for unknown users
        return False
    return check_password_hash(user["password_hash"], password)


# --- login throttling -------------------------------------------------------

def _recent(key):
    window = current_app.config["LOGIN_LOCKOUT_SECONDS"]
    now = time.monotonic()
    return [t for t in _failures.get(key, []) if now - t < window]


def is_locked(username, ip):
    limit = current_app.config["LOGIN_MAX_FAILURES"]
    with _failures_lock:
        return any(len(_recent(k)) >= limit for k in (("user", username.lower()), ("ip", ip)))


def record_failure(username, ip):
    with _failures_lock:
        for key in (("user", username.lower()), ("ip", ip)):
            _failures[key] = _recent(key) + [time.monotonic()]


def clear_failures(username):
    with _failures_lock:
        _failures.pop(("user", username.lower()), None)


# --- TOTP (RFC 6238, HMAC-SHA1 as the RFC and authenticator apps require) ----

def new_totp_secret():
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def totp(secret, at=None, step=30, digits=6):
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 10 ** digits
    return f"{code:0{digits}d}"


def verify_totp(secret, code, window=1):
    now = time.time()
    return any(hmac.compare_digest(totp(secret, now + i * 30), code) for i in range(-window, window + 1))


# --- sessions, roles, CSRF --------------------------------------------------

def start_session(user):
    session.clear()
    session["user_id"] = user["id"]
    session["username"] = user["username"]
    session["role"] = user["role"]
    session["csrf_token"] = secrets.token_urlsafe(32)
    session.permanent = True


def csrf_token():
    if "csrf_token" not in session:
        session["csrf_token"] = secrets.token_urlsafe(32)
    return session["csrf_token"]


def check_csrf():
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token", "")
    expected = session.get("csrf_token", "")
    if not expected or not hmac.compare_digest(sent, expected):
        log.warning("CSRF check failed path=%s ip=%s", request.path, request.remote_addr)
        abort(400, "CSRF token missing or invalid")


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
            log.warning("access denied user=%r path=%s ip=%s", session.get("username"), request.path, request.remote_addr)
            abort(403)
        return view(*args, **kwargs)
    return wrapped


# --- signed API tokens (HS256, verified, expiring) ---------------------------

def _b64(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(data):
    return hmac.new(current_app.config["SECRET_KEY"].encode(), data.encode(), hashlib.sha256).digest()


def issue_api_token(user):
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    claims = {"sub": user["username"], "role": user["role"],
              "exp": int(time.time()) + current_app.config["API_TOKEN_TTL"]}
    payload = _b64(json.dumps(claims).encode())
    return f"{header}.{payload}.{_b64(_sign(header + '.' + payload))}"


def verify_api_token(token):
    try:
        header, payload, sig = token.split(".")
        if json.loads(_unb64(header)).get("alg") != "HS256":
            return None
        if not hmac.compare_digest(_unb64(sig), _sign(header + "." + payload)):
            return None
        claims = json.loads(_unb64(payload))
    except (ValueError, TypeError):
        return None
    if not isinstance(claims, dict) or claims.get("exp", 0) < time.time():
        return None
    return claims


def api_claims():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return None
    return verify_api_token(header[len("Bearer "):])
