# Trust boundary FALSE: language allow-listed with abort(400) before storing
import os

from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
LANGUAGES = {"en", "de", "fr"}


@app.route("/language")
def set_language():
    lang = request.args.get("lang", "en")
    if lang not in LANGUAGES:
        abort(400)
    session["lang"] = lang
    return jsonify(lang=lang)
