# generated case: rule=PY-XSS source=headers propagation=dictupdate_keyB sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
