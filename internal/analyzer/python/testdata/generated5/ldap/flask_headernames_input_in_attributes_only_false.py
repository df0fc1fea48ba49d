# generated case (gen_cases5): category=ldap rule=PY-LDAP-INJECTION fw=flask source=headernames shape=input_in_attributes_only expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=users,dc=example,dc=org"
ATTRS = {"c": "cn", "m": "mail"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00367", methods=["GET", "POST"])
def benchmark_test_00367():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, "(objectClass=person)", attributes=[ATTRS.get(bar, "cn")])
    result = len(conn.entries)
    return jsonify(result=str(result))
