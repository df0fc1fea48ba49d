# Code injection: JSON body compiled with compile() (flagged there) and then executed
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/api/formula", methods=["POST"])
def formula():
    src = request.get_json()["formula"]
    code = compile(src, "<formula>", "eval")  # want: PY-CODE-INJECTION
    value = eval(code, {"__builtins__": {}}, {"price": 10.0, "qty": 3})  # want: PY-CODE-INJECTION
    return jsonify(value=value)
