# generated case: rule=PY-DESERIALIZATION source=routeparam propagation=helper_strip sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    cleaned = value.strip()
    return cleaned


@app.route("/deser/<p>")
def handle_deser(p):
    param = p
    bar = do_something(param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)
