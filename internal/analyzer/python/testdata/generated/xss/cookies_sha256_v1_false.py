# generated case: rule=PY-XSS source=cookies propagation=sha256 sink=v1 expected=false
import hashlib

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.cookies.get("p", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    return make_response("<div>" + bar + "</div>")
