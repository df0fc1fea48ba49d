# generated case: rule=PY-DESERIALIZATION source=args propagation=reversed_join sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.args.get("p", "")
    bar = "".join(reversed(param))
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
