# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=form shape=session_id_getrandbits expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/00113", methods=["POST"])
def benchmark_test_00113():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    session_id = "%032x" % random.getrandbits(128)  # want: PY-WEAK-RANDOM
    SESSIONS[session_id] = bar[:16]
    result = len(SESSIONS)
    return jsonify(result=str(result))
