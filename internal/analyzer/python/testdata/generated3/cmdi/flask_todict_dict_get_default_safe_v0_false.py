# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=todict propagation=dict_get_default_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00099", methods=["GET", "POST"])
def benchmark_test_00099():
    param = request.args.to_dict().get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
