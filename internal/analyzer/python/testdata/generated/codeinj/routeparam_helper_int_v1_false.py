# generated case: rule=PY-CODE-INJECTION source=routeparam propagation=helper_int sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return str(int(value))


@app.route("/codeinj/<p>")
def handle_codeinj(p):
    param = p
    bar = do_something(param)
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
