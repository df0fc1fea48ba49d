# generated case: rule=PY-DESERIALIZATION source=headers propagation=listpop_idx1 sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.headers.get("X-P", "")
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[1]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
