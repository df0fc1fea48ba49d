# generated case: rule=PY-CODE-INJECTION source=form propagation=b64roundtrip sink=v1 expected=true
import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/codeinj", methods=["POST"])
def handle_codeinj():
    param = request.form["p"]
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=result)
