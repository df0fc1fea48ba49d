# Trust boundary FALSE: the request value is kept in a dict but the stored entry is the constant one
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/onboarding/step")
def onboarding_step():
    m = {"requested": request.args.get("step", ""), "next": "profile"}
    session["onboarding_step"] = m["next"]
    return jsonify(step=m["next"])
