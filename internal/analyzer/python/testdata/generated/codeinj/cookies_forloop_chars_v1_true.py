# generated case: rule=PY-CODE-INJECTION source=cookies propagation=forloop_chars sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.cookies.get("p", "")
    bar = ""
    for c in param:
        bar += c
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
