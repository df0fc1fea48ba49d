# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam shape=reverse_first sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00109/<test_id>", methods=["GET", "POST"])
def benchmark_test_00109(test_id):
    param = test_id
    items = [param, "safe"]
    items.reverse()
    bar = items[0]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=str(result))
