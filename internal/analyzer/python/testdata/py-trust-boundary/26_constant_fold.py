# Trust boundary FALSE: constant-folded branch stores the constant default currency
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/currency")
def currency():
    param = request.args.get("currency", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "EUR"
    else:
        bar = param
    session["currency"] = bar
    return jsonify(currency=bar)
