# generated case: rule=PY-CODE-INJECTION source=json propagation=listreverse_idx0 sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.get_json()["p"]
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
