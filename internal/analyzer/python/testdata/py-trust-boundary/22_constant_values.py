# Trust boundary FALSE: only constants are written into the session
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/banner/dismiss", methods=["POST"])
def dismiss_banner():
    if request.form.get("banner") == "cookie-consent":
        session["consent_seen"] = True
    session["last_action"] = "dismiss"
    return jsonify(ok=True)
