# generated case: rule=PY-DESERIALIZATION source=data propagation=direct sink=safe-api expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.data.decode("utf-8")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=result)
