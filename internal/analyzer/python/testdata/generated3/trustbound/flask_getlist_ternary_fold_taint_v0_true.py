# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=getlist propagation=ternary_fold_taint sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00571", methods=["GET", "POST"])
def benchmark_test_00571():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
