# generated case: rule=PY-XSS source=args propagation=closure_ident sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss")
def handle_xss():
    param = request.args.get("p", "")
    def inner(v):
        return v
    bar = inner(param)
    return "<p>Hello " + bar + "</p>"  # want: PY-XSS
