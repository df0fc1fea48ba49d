# SQLi: SQLAlchemy text() built with an f-string from a query parameter and passed to session.execute
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)


@app.route("/api/articles")
def articles():
    tag = request.args.get("tag", "")
    result = db.session.execute(text(f"SELECT id, title FROM articles WHERE tag = '{tag}'"))  # want: PY-SQLI
    return jsonify([dict(r._mapping) for r in result])
