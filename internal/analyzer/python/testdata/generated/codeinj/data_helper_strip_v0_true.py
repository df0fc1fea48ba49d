# generated case: rule=PY-CODE-INJECTION source=data propagation=helper_strip sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    cleaned = value.strip()
    return cleaned


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.data.decode("utf-8")
    bar = do_something(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
