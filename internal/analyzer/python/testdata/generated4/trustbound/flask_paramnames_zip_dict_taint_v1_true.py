# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=paramnames shape=zip_dict_taint sink=v1 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00118", methods=["GET", "POST"])
def benchmark_test_00118():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    fields = dict(zip(["a", "b"], ["safe", param]))
    bar = fields["b"]
    session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=str(result))
