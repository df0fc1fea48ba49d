# Path traversal: template language from a cookie selects a translation file opened with codecs.open
import codecs
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/i18n")
def translations():
    lang = request.cookies.get("lang", "en")
    with codecs.open("/srv/i18n/%s.json" % lang, encoding="utf-8") as fh:  # want: PY-PATH-TRAVERSAL
        strings = json.load(fh)
    return jsonify(strings)
