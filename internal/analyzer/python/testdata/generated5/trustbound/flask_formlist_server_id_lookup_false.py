# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist shape=server_id_lookup expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USER_IDS = {"alice": 1, "bob": 2}


@app.route("/00429", methods=["POST"])
def benchmark_test_00429():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    session["user_id"] = USER_IDS.get(bar, 0)
    result = True
    return jsonify(result=str(result))
