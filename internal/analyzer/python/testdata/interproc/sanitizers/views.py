# interproc/sanitizers: sinks are safe because the values pass through sanitizers imported from another module
import sqlite3

from flask import Flask, jsonify, request

from sanitizers.validators import clean_sort, clean_text

app = Flask(__name__)


@app.route("/products")
def products():
    col = clean_sort(request.args.get("sort", "name"))
    conn = sqlite3.connect("/srv/shop/shop.db")
    return jsonify(conn.execute(f"SELECT id, name FROM products ORDER BY {col}").fetchall())


@app.route("/greet")
def greet():
    return "<p>Hello " + clean_text(request.args.get("name", "")) + "</p>"
