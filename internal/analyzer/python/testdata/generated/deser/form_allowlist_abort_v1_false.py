# generated case: rule=PY-DESERIALIZATION source=form propagation=allowlist_abort sink=v1 expected=false
import yaml

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.form["p"]
    bar = param
    if bar not in ALLOWED:
        abort(400)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
