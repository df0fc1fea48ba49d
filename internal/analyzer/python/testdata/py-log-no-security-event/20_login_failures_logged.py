# LG-1 FALSE: every failure path of the login logs the event (without the password)
import logging

from flask import Flask, render_template, request, session
import pyotp

from models import find_user, check_password

app = Flask(__name__)
log = logging.getLogger("security")


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None or not check_password(user, request.form["password"]):
        log.warning("failed login for %s from %s", request.form["username"], request.remote_addr)
        return render_template("login.html", error="Invalid credentials"), 401
    if not pyotp.TOTP(user.otp_secret).verify(request.form["otp"]):
        app.logger.warning("bad second factor for %s", user.id)
        return render_template("login.html", error="Invalid code"), 401
    session["user_id"] = user.id
    return render_template("home.html")
