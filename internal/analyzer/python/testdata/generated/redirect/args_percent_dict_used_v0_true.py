# generated case: rule=PY-OPEN-REDIRECT source=args propagation=percent_dict_used sink=v0 expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.args.get("p", "")
    bar = "%(b)s" % {"a": "safe", "b": param}
    return redirect(bar)  # want: PY-OPEN-REDIRECT
