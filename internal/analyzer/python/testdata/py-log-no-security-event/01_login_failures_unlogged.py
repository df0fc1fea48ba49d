# LG-1: both failure paths of the login return an error without logging the event
from flask import Flask, render_template, request, session
import pyotp

from models import find_user, check_password

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = find_user(request.form["username"])
    if user is None:
        return render_template("login.html", error="Invalid credentials"), 401  # want: PY-LOG-NO-SECURITY-EVENT
    if not check_password(user, request.form["password"]):
        return render_template("login.html", error="Invalid credentials"), 401  # want: PY-LOG-NO-SECURITY-EVENT
    if not pyotp.TOTP(user.otp_secret).verify(request.form["otp"]):
        return render_template("login.html", error="Invalid code"), 401  # want: PY-LOG-NO-SECURITY-EVENT
    session["user_id"] = user.id
    return render_template("home.html")
