# generated case: rule=PY-CODE-INJECTION source=data propagation=listreverse_idx1 sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    values = [param, "safe"]
    values.reverse()
    bar = values[1]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
