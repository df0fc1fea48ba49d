# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=todict shape=session_nested sink=specific expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00534", methods=["GET", "POST"])
def benchmark_test_00534():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    session["prefs"] = {"theme": bar}  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
