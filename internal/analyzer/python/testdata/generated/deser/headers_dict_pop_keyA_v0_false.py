# generated case: rule=PY-DESERIALIZATION source=headers propagation=dict_pop_keyA sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyA")
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
