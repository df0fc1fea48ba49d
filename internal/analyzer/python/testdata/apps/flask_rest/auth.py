"""Authentication blueprint: login, password reset."""
import logging
from urllib.parse import urlparse

from flask import Blueprint, jsonify, redirect, request, session, url_for
from sqlalchemy import text

from .extensions import engine
from .security import issue_token, reset_token_strong, reset_token_weak, verify_password

bp = Blueprint("auth", __name__, url_prefix="/auth")
log = logging.getLogger("api.auth")


def _find_user(email):
    with engine.connect() as conn:
        return conn.execute(text("SELECT id, password, role FROM users WHERE email = :email"), {"email": email}).first()


@bp.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    email = request.form.get("email", "")
    user = _find_user(email)
    if user is None or not verify_password(user.password, request.form.get("password", "")):
        log.warning("failed login for %s from %s", email, request.remote_addr)
        return jsonify(error="invalid credentials"), 401
    session["uid"] = user.id
    nxt = request.args.get("next", "/")
    return redirect(nxt)  # want: PY-OPEN-REDIRECT


@bp.route("/web-login", methods=["POST"])
def web_login():  # want: PY-NO-MFA
    email = request.form.get("email", "")
    user = _find_user(email)
    if user is None or not verify_password(user.password, request.form.get("password", "")):
        log.warning("failed login for %s", email)
        return redirect(url_for("auth.web_login"))
    session["uid"] = user.id
    nxt = request.args.get("next", "")
    parts = urlparse(nxt)
    # "/\\host" is read as "//host" by browsers: backslashes are refused too.
    if parts.netloc or parts.scheme or not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
        nxt = url_for("api.list_items")
    return redirect(nxt)


@bp.route("/token", methods=["POST"])
def token():
    body = request.get_json(force=True)
    user = _find_user(body.get("email", ""))
    if user is None or not verify_password(user.password, body.get("password", "")):
        log.warning("failed token request")
        return jsonify(error="invalid credentials"), 401
    return jsonify(token=issue_token(user.id, user.role))


@bp.route("/reset", methods=["POST"])
def reset():
    email = request.form.get("email", "")
    tok = reset_token_strong()
    with engine.begin() as conn:
        conn.execute(text("UPDATE users SET reset_token = :t WHERE email = :e"), {"t": tok, "e": email})
    return jsonify(ok=True)


@bp.route("/reset-legacy", methods=["POST"])
def reset_legacy():
    email = request.form.get("email", "")
    tok = reset_token_weak()
    with engine.begin() as conn:
        conn.execute(text("UPDATE users SET reset_token = :t WHERE email = :e"), {"t": tok, "e": email})
    return jsonify(ok=True)
