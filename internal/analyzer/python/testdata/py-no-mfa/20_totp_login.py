# AU-1 FALSE: the login verifies a TOTP code with pyotp after the password
import logging

import pyotp
from flask import Flask, request, session

from models import find_user, verify_password

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not verify_password(user, request.form["password"]):
        logging.warning("failed login for %s", request.form["username"])
        return {"error": "invalid"}, 401
    if not pyotp.TOTP(user.totp_secret).verify(request.form.get("code", "")):
        logging.warning("bad TOTP code for %s", user.id)
        return {"error": "invalid"}, 401
    session["user_id"] = user.id
    return {"ok": True}
