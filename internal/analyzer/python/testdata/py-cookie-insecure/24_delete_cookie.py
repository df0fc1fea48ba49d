# Insecure cookie FALSE: logout deletes the session cookie (no value is set)
from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/logout", methods=["POST"])
def logout():
    resp = make_response(jsonify(ok=True))
    resp.delete_cookie("session_id")
    return resp
