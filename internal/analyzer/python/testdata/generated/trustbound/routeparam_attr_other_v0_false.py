# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=attr_other sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Box:
    pass


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    session["preference"] = bar
    result = True
    return jsonify(result=result)
