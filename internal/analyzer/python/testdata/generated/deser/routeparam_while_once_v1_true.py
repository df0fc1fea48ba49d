# generated case: rule=PY-DESERIALIZATION source=routeparam propagation=while_once sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser/<p>")
def handle_deser(p):
    param = p
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
