# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=header propagation=dict_get_taint sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00539", methods=["GET", "POST"])
def benchmark_test_00539():
    param = request.headers.get("Referer", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
