# SQLi: order status from a form formatted with the % operator (not as a params tuple) into psycopg2 execute
import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
DSN = "dbname=orders user=app host=db"


@app.route("/orders/filter", methods=["POST"])
def filter_orders():
    status = request.form["status"]
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE status = '%s' ORDER BY created_at DESC" % status)  # want: PY-SQLI
        orders = cur.fetchall()
    return jsonify(orders=[{"id": o[0], "total": float(o[1])} for o in orders])
