# AU-1 FALSE: the application implements its own second-factor step (a route that checks a TOTP code)
import hmac
import logging
import struct
import time
import hashlib

from flask import Flask, request, session

from models import find_user, verify_password

app = Flask(__name__)


def totp(secret: bytes, step: int = 30) -> str:
    counter = struct.pack(">Q", int(time.time()) // step)
    digest = hmac.new(secret, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not verify_password(user, request.form["password"]):
        logging.warning("failed login for %s", request.form["username"])
        return {"error": "invalid"}, 401
    session["pending_user"] = user.id
    return {"next": "/login/totp"}


@app.route("/login/totp", methods=["POST"])
def verify_totp():
    user = find_user(session.get("pending_user"))
    if user is None or not hmac.compare_digest(totp(user.totp_secret), request.form.get("code", "")):
        logging.warning("bad second factor")
        return {"error": "invalid"}, 401
    session["user_id"] = user.id
    return {"ok": True}
