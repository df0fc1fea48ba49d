# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getdata propagation=join_builder_replaced sink=v3 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00105", methods=["POST"])
def benchmark_test_00105():
    param = request.get_data(as_text=True)
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
