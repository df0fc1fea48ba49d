# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=formlist propagation=join_builder_replaced sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00563", methods=["POST"])
def benchmark_test_00563():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
