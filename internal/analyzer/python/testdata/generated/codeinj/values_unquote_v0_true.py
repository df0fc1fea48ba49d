# generated case: rule=PY-CODE-INJECTION source=values propagation=unquote sink=v0 expected=true
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj")
def handle_codeinj():
    param = request.values.get("p", "")
    bar = urllib.parse.unquote(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)
