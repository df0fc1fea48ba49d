# LDAP injection FALSE: ternary with a constant condition keeps the constant uid
from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)


@app.route("/directory/service-account")
def service_account():
    param = request.args.get("uid", "")
    bar = "svc-backup" if 10 - 4 == 6 else param
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=services,dc=corp,dc=example", "(uid=%s)" % bar, attributes=["description"])
    return jsonify(count=len(conn.entries))
