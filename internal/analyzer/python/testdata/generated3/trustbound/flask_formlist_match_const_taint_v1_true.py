# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist propagation=match_const_taint sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00589", methods=["POST"])
def benchmark_test_00589():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
