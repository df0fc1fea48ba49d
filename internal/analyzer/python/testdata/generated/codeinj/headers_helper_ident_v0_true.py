# generated case: rule=PY-CODE-INJECTION source=headers propagation=helper_ident sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return value


@app.route("/codeinj")
def handle_codeinj():
    param = request.headers.get("X-P", "")
    bar = do_something(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
