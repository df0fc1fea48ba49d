# LDAP injection FALSE: employee number converted with int()
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/employees/lookup")
def employee():
    number = int(request.args.get("n", "0"))
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(employeeNumber={number})", attributes=["cn"])
    return jsonify([str(e.cn) for e in conn.entries])
