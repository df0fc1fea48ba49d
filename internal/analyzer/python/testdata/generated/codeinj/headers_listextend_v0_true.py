# generated case: rule=PY-CODE-INJECTION source=headers propagation=listextend sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
