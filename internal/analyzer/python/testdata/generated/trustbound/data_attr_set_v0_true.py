# generated case: rule=PY-TRUST-BOUNDARY source=data propagation=attr_set sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Box:
    pass


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.data.decode("utf-8")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)
