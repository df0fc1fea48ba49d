# generated case (gen8): category=sqli rule=PY-SQLI fw=flask shape=sqlalchemy_text_fstring expected=true
from sqlalchemy import create_engine, text
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

engine = create_engine("sqlite:///shop.db")


@app.route("/sqli_sqlalchemy_text_fstring", methods=["GET", "POST"])
def case_sqlalchemy_text_fstring():
    param = request.cookies.get("q", "")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id FROM users WHERE email = '{param}'")).fetchall()  # want: PY-SQLI
    return jsonify(result=str(rows))
