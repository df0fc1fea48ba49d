# generated case: rule=PY-CODE-INJECTION source=headers propagation=copy sink=v0 expected=true
import copy

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    bar = copy.copy(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
