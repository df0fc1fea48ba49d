# Open redirect: tainted cookie value kept in a dict and used as the redirect target
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/continue")
def continue_checkout():
    state = {"target": request.cookies.get("checkout_return", "/cart"), "step": 2}
    return redirect(state["target"])  # want: PY-OPEN-REDIRECT
