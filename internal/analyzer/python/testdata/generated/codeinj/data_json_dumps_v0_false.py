# generated case: rule=PY-CODE-INJECTION source=data propagation=json_dumps sink=v0 expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = json.dumps(param)
    result = str(eval(bar))
    return jsonify(result=result)
