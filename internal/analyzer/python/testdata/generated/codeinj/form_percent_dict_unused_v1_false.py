# generated case: rule=PY-CODE-INJECTION source=form propagation=percent_dict_unused sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    bar = "%(a)s" % {"a": "safe", "b": param}
    exec("total = " + bar, {})
    result = True
    return jsonify(result=result)
