# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=pathparam shape=session_allowlist sink=specific expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00532/<test_id>", methods=["GET", "POST"])
def benchmark_test_00532(test_id):
    param = test_id
    bar = param
    session["theme"] = bar if bar in ("light", "dark") else "light"
    result = True
    return jsonify(result=str(result))
