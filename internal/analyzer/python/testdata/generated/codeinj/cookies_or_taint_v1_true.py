# generated case: rule=PY-CODE-INJECTION source=cookies propagation=or_taint sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    bar = param or "safe"
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
