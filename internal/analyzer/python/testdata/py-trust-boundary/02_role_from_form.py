# Trust boundary: role taken from a signup form and written into the session
import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/signup/finish", methods=["POST"])
def finish_signup():
    role = request.form.get("role", "customer")
    session["role"] = role  # want: PY-TRUST-BOUNDARY
    return redirect("/welcome")
