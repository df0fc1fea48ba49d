# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=direct sink=compile_exec expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    bar = param
    exec(compile(bar, "<user>", "exec"), {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
