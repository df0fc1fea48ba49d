# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=values shape=flask_config_all_set expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")


@app.route("/00262", methods=["GET", "POST"])
def benchmark_test_00262():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    session["visits"] = session.get("visits", 0) + 1
    result = len(bar)
    return jsonify(result=str(result))
