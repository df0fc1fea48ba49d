# LDAP injection: ldap3 search filter built with an f-string from the query string
from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example", get_info=ALL)


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = Connection(server, auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(uid={uid})", attributes=["cn", "mail"])  # want: PY-LDAP-INJECTION
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])
