# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=starunpack_rest sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
