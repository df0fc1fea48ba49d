# Deserialization FALSE: constant-folded condition picks the constant YAML document for yaml.load
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/defaults")
def defaults():
    param = request.args.get("doc", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "retries: 3\ntimeout: 10\n"
    else:
        bar = param
    return jsonify(yaml.load(bar, Loader=yaml.Loader))
