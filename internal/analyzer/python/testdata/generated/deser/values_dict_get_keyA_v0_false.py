# generated case: rule=PY-DESERIALIZATION source=values propagation=dict_get_keyA sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.values.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyA", "")
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)
