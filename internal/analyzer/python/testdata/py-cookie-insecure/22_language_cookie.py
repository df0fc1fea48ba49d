# Insecure cookie FALSE: language and consent-banner cookies (not secrets)
from flask import Flask, jsonify, make_response

app = Flask(__name__)


@app.route("/lang/<code>")
def set_lang(code):
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("lang", "de" if code == "de" else "en")
    resp.set_cookie("cookie_banner_dismissed", "1", max_age=15552000)
    return resp
