# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=header shape=stripped_lower expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00418", methods=["GET", "POST"])
def benchmark_test_00418():
    param = request.headers.get("Referer", "")
    bar = param
    session["nickname"] = bar.strip().lower()  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
