# Properties with setters: obj.name = v runs the setter (here it keeps
# letters and digits only), and obj.name reads the getter, also when a
# setter follows it in the class body.
import re
import sqlite3

from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("shop.db")


class Customer:
    def __init__(self):
        self._name = ""
        self._note = ""

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = re.sub(r"[^A-Za-z0-9]", "", value)

    @property
    def note(self):
        return self._note

    @note.setter
    def note(self, value):
        self._note = value.strip()


@app.route("/customers")
def customers():
    c = Customer()
    c.name = request.args["name"]
    c.note = request.args["note"]
    db.execute("SELECT * FROM customers WHERE name = '%s'" % c.name)
    db.execute("SELECT * FROM notes WHERE note = '%s'" % c.note)  # want: PY-SQLI
    return "ok"
