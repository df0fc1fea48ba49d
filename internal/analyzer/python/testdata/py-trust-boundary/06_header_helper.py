# Trust boundary: helper stores the Referer header as the attribution source in the session
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def remember_campaign(source):
    session["campaign"] = source  # want: PY-TRUST-BOUNDARY


@app.route("/landing")
def landing():
    remember_campaign(request.headers.get("Referer", "direct"))
    return jsonify(ok=True)
