# generated case: rule=PY-XSS source=routeparam propagation=ifconst_safebranch sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    return make_response("<div>" + bar + "</div>")
