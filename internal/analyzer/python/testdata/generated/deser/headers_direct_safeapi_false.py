# generated case: rule=PY-DESERIALIZATION source=headers propagation=direct sink=safe-api expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.headers.get("X-P", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=result)
