# generated case: rule=PY-DESERIALIZATION source=values propagation=dictdispatch_taint sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.values.get("p", "")
    guess = "ABC"
    target = guess[0]
    bar = {"A": param, "B": "bob", "C": "carol"}[target]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
