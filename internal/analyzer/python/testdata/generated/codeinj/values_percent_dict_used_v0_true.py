# generated case: rule=PY-CODE-INJECTION source=values propagation=percent_dict_used sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    bar = "%(b)s" % {"a": "safe", "b": param}
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
