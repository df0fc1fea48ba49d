# generated case: rule=PY-XSS source=args propagation=b64roundtrip sink=v0 expected=true
import base64

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
