# generated case: rule=PY-XSS source=routeparam propagation=helper_ident sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


def do_something(value):
    return value


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    bar = do_something(param)
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
