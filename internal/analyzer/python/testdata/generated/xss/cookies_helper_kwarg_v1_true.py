# generated case: rule=PY-XSS source=cookies propagation=helper_kwarg sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


def do_something(value=None):
    return value


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    bar = do_something(value=param)
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
