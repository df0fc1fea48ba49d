# Open redirect FALSE: constant ternary condition always yields the constant path
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/bye")
def bye():
    param = request.args.get("next", "")
    bar = param if (3 * 7) < 20 else "/goodbye"
    return redirect(bar)
