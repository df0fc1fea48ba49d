# LDAP injection FALSE: group name must be one of the known groups
from flask import Flask, abort, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
KNOWN_GROUPS = {"engineering", "sales", "support"}


@app.route("/groups/members")
def members():
    group = request.args.get("group", "")
    if group not in KNOWN_GROUPS:
        abort(404)
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=groups,dc=corp,dc=example", "(cn=" + group + ")", attributes=["member"])
    return jsonify(count=len(conn.entries))
