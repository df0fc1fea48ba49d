# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=closure_ident sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    def inner(v):
        return v
    bar = inner(param)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
