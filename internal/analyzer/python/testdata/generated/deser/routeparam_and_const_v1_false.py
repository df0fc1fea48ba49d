# generated case: rule=PY-DESERIALIZATION source=routeparam propagation=and_const sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser/<p>")
def handle_deser(p):
    param = p
    bar = "" and param
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
