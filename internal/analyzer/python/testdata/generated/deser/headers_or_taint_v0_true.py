# generated case: rule=PY-DESERIALIZATION source=headers propagation=or_taint sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.headers.get("X-P", "")
    bar = param or "safe"
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
