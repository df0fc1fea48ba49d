# LDAP injection FALSE: ldap3.utils.conv.escape_filter_chars applied to the uid
from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.route("/directory/lookup")
def lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = Connection(Server("ldap.corp.example"), auto_bind=True)
    conn.search("ou=people,dc=corp,dc=example", f"(uid={uid})", attributes=["cn", "mail"])
    return jsonify([e.entry_attributes_as_dict for e in conn.entries])
