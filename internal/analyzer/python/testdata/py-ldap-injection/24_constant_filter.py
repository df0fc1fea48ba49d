# LDAP injection FALSE: constant filter; the requested attribute name only selects from a fixed tuple
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
ATTRS = ("cn", "mail", "telephoneNumber")


@app.route("/directory/admins")
def admins():
    attr = ATTRS[int(request.args.get("attr", "0")) % len(ATTRS)]
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", "(memberOf=cn=admins,ou=groups,dc=corp,dc=example)", attributes=[attr])
    return jsonify(count=len(conn.entries))
