# generated case: rule=PY-XSS source=routeparam propagation=zip_pair sink=v1 expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    for _k, v in zip(["key"], [param]):
        bar = v
    return make_response("<div>" + bar + "</div>")  # want: PY-XSS
