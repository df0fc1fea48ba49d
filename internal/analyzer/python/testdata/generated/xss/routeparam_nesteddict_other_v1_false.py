# generated case: rule=PY-XSS source=routeparam propagation=nesteddict_other sink=v1 expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss/<p>")
def handle_xss(p):
    param = p
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    return make_response("<div>" + bar + "</div>")
