# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=attr_set sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


class Box:
    pass


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    return redirect(bar)  # want: PY-OPEN-REDIRECT
