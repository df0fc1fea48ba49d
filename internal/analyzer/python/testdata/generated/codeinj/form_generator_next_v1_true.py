# generated case: rule=PY-CODE-INJECTION source=form propagation=generator_next sink=v1 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


def gen(value):
    yield value


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    bar = next(gen(param))
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
