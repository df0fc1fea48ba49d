# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist shape=datetime_iso sink=specific expected=false
import os

from datetime import datetime
from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00462", methods=["POST"])
def benchmark_test_00462():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    session["since"] = datetime.fromisoformat(bar).isoformat()
    result = True
    return jsonify(result=str(result))
