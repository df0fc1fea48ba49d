# generated case: rule=PY-SQLI source=data propagation=direct sink=sqlalchemy_bind expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.data.decode("utf-8")
    bar = param
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as conn:
        result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = :uid"), {"uid": bar})]
    return jsonify(result=result)
