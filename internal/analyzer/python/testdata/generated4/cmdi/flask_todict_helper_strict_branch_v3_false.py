# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=todict shape=helper_strict_branch sink=v3 expected=false
import os
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


@app.route("/00053", methods=["GET", "POST"])
def benchmark_test_00053():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = normalize(param, strict=True)
    result = os.popen("nslookup " + bar).read()
    return jsonify(result=str(result))
