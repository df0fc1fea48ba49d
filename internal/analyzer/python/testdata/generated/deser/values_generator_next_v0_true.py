# generated case: rule=PY-DESERIALIZATION source=values propagation=generator_next sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def gen(value):
    yield value


@app.route("/deser")
def handle_deser():
    param = request.values.get("p", "")
    bar = next(gen(param))
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
