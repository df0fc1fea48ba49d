# generated case: rule=PY-CODE-INJECTION source=cookies propagation=listslice_head sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    values = [param, "safe", "moresafe"]
    bar = values[:1][0]
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
