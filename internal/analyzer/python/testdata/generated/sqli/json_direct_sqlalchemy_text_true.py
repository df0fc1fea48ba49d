# generated case: rule=PY-SQLI source=json propagation=direct sink=sqlalchemy_text expected=true
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/sqli", methods=["POST"])
def handle_sqli():
    param = request.get_json()["p"]
    bar = param
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as conn:
        result = [tuple(r) for r in conn.execute(text("SELECT id FROM users WHERE id = " + bar))]  # want: PY-SQLI
    return jsonify(result=result)
