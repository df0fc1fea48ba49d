# generated case: rule=PY-CODE-INJECTION source=headers propagation=listappend_last sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    values = ["safe", "moresafe"]
    values.append(param)
    bar = values[2]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
