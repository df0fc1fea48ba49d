# Open redirect FALSE: tainted dict entry overwritten with a constant before redirect
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/continue")
def continue_checkout():
    state = {"target": request.args.get("to", ""), "step": 2}
    state["target"] = "/checkout/payment"
    return redirect(state["target"])
