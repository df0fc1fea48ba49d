# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist shape=session_update sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00533", methods=["POST"])
def benchmark_test_00533():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    session.update({"display_name": bar})  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
