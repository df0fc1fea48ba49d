# generated case: rule=PY-DESERIALIZATION source=args propagation=switch_taint sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.args.get("p", "")
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
