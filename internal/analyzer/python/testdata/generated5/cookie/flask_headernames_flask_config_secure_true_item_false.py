# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=headernames shape=flask_config_secure_true_item expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00263", methods=["GET", "POST"])
def benchmark_test_00263():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    session["visits"] = session.get("visits", 0) + 1
    result = len(bar)
    return jsonify(result=str(result))
