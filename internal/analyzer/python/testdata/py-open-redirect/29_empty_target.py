# The else branch of "if target:" holds an empty target: nothing to redirect to
from flask import Flask, abort, redirect, request

app = Flask(__name__)


@app.route("/continue")
def cont():
    target = request.args.get("next")
    if target:
        abort(400, "external continuation is not supported")
    return redirect(target or "/")


@app.route("/go")
def go():
    target = request.args.get("next")
    if not target:
        abort(400)
    return redirect(target)  # want: PY-OPEN-REDIRECT
