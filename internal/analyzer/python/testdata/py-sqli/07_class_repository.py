# SQLi: repository class method concatenates its argument; the view passes request data to it
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


class CustomerRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def find_by_city(self, city):
        cur = self.conn.cursor()
        cur.execute("SELECT id, name FROM customers WHERE city = '" + city + "'")  # want: PY-SQLI
        return cur.fetchall()


repo = CustomerRepository("crm.db")


@app.route("/customers")
def customers_in_city():
    return jsonify(repo.find_by_city(request.args["city"]))
