# generated case: rule=PY-DESERIALIZATION source=argstypeint propagation=direct sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = str(request.args.get("p", default=0, type=int))
    bar = param
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
