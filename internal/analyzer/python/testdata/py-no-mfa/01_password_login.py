# AU-1: password-only login, and the application has no second factor anywhere
import logging

from flask import Flask, request, session

from models import find_user, verify_password

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():  # want: PY-NO-MFA
    user = find_user(request.form["username"])
    if user is None or not verify_password(user, request.form["password"]):
        logging.warning("failed login for %s", request.form["username"])
        return {"error": "invalid"}, 401
    session["user_id"] = user.id
    return {"ok": True}
