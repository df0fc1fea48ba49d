# Insecure cookie FALSE: non-sensitive UI preference cookie without flags
from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/theme/dark", methods=["POST"])
def dark_theme():
    resp = make_response(jsonify(theme="dark"))
    resp.set_cookie("theme", "dark", max_age=31536000)
    return resp
