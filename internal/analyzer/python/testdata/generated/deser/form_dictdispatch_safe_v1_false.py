# generated case: rule=PY-DESERIALIZATION source=form propagation=dictdispatch_safe sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.form["p"]
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=result)
