# Trust boundary FALSE: page size converted with int() before being stored
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/list-settings")
def list_settings():
    session["page_size"] = int(request.args.get("size", "20"))
    return jsonify(ok=True)
