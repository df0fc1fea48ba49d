# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getlist shape=setdefault_input expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00413", methods=["GET", "POST"])
def benchmark_test_00413():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    session.setdefault("display_name", bar)  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
