# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=paramnames propagation=dict_get_taint sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00140", methods=["GET", "POST"])
def benchmark_test_00140():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
