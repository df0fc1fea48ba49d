# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=listremove_idx1 sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
