# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=attr_other sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Box:
    pass


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    return redirect(bar)
