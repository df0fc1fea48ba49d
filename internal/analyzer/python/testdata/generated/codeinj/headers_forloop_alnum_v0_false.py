# generated case: rule=PY-CODE-INJECTION source=headers propagation=forloop_alnum sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    result = str(eval(bar))
    return jsonify(result=result)
