# py-code-injection: {x!r} in an f-string is repr(x), a quoted literal that
# evaluates back to the text; {x} and a hand-quoted '{x}' are code.
from flask import Flask, request

app = Flask(__name__)


@app.route("/label")
def label():
    text = request.args.get("t", "")
    scope = {}
    exec(f"label = {text!r}", scope)  # safe: a string literal
    exec(f"label = {text!a}", scope)  # safe: a string literal
    exec(f"label = '{text}'", scope)  # want: PY-CODE-INJECTION
    exec(f"label = {text}", scope)  # want: PY-CODE-INJECTION
    return str(scope.get("label"))
