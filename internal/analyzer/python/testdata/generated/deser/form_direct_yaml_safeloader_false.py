# generated case: rule=PY-DESERIALIZATION source=form propagation=direct sink=yaml_safeloader expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.form["p"]
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return jsonify(result=result)
