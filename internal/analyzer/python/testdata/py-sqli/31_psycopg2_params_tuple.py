# SQLi FALSE: psycopg2 %s placeholders with a separate params tuple (driver-side binding, not % formatting)
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/orders/filter", methods=["POST"])
def filter_orders():
    status = request.form["status"]
    customer = request.form["customer"]
    conn = psycopg2.connect("dbname=orders user=app host=db")
    with conn.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE status = %s AND customer_email = %s", (status, customer))
        return jsonify(orders=cur.fetchall())
