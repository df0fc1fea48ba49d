# generated case: rule=PY-DESERIALIZATION source=cookies propagation=augmented_const sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    bar = "x"
    tmp = param
    bar += "y"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
