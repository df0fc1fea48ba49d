# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=values shape=dict_merge_right_wins sink=v0 expected=false
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00067", methods=["GET", "POST"])
def case_00067():
    param = request.values.get("q", "")
    opts = {"q": param} | {"q": "safe"}
    bar = opts["q"]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
