# SQLi: SQLAlchemy 1.x engine.execute with a raw string assembled from a cookie value
from flask import Flask, jsonify, request
from sqlalchemy import create_engine

app = Flask(__name__)
engine = create_engine("postgresql://app@db/app")


@app.route("/preferences")
def preferences():
    locale = request.cookies.get("locale", "en")
    rows = engine.execute("SELECT key, value FROM ui_strings WHERE locale = '" + locale + "'")  # want: PY-SQLI
    return jsonify({k: v for k, v in rows})
