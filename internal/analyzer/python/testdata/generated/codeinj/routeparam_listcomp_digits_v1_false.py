# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=listcomp_digits sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    bar = "".join([c for c in param if c.isdigit()])
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
