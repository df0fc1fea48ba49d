# generated case: rule=PY-DESERIALIZATION source=json propagation=forloop_alnum sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.get_json()["p"]
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
