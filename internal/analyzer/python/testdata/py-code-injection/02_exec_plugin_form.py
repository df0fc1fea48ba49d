# Code injection: admin "custom rule" snippet from a form executed with exec()
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/rules/test", methods=["POST"])
def test_rule():
    snippet = request.form["rule"]
    scope = {"order": {"total": 120, "country": "DE"}, "result": None}
    exec(snippet, scope)  # want: PY-CODE-INJECTION
    return jsonify(result=bool(scope["result"]))
