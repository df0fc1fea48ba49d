# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=getdata propagation=b64_roundtrip sink=v3 expected=true
import base64
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00101", methods=["POST"])
def benchmark_test_00101():
    param = request.get_data(as_text=True)
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return jsonify(result=str(result))
