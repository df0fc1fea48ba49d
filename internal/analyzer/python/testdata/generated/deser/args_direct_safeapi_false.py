# generated case: rule=PY-DESERIALIZATION source=args propagation=direct sink=safe-api expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.args.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=result)
