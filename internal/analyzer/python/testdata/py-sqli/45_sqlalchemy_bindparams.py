# SQLi FALSE: SQLAlchemy text() with a :name bind parameter and a params dict
from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///app.db"
db = SQLAlchemy(app)


@app.route("/api/articles")
def articles():
    tag = request.args.get("tag", "")
    stmt = text("SELECT id, title FROM articles WHERE tag = :tag")
    result = db.session.execute(stmt, {"tag": tag})
    return jsonify([dict(r._mapping) for r in result])
