# generated case: rule=PY-DESERIALIZATION source=args propagation=overwritten sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.args.get("p", "")
    bar = param
    bar = "safe"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
