# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist shape=history_appended expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00415", methods=["POST"])
def benchmark_test_00415():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    session["history"] = session.get("history", [])[-9:] + [bar]  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
