# generated case: rule=PY-CODE-INJECTION source=headers propagation=lambda_ident sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    ident = lambda s: s
    bar = ident(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
