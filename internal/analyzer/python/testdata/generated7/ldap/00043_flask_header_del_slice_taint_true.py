# generated case (gen_cases7): category=ldap rule=PY-LDAP-INJECTION fw=flask source=header shape=del_slice_taint sink=v0 expected=true
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_BASE = "ou=people,dc=example,dc=org"


@app.route("/case-00043", methods=["GET", "POST"])
def case_00043():
    param = request.headers.get("X-Query", "")
    vals = [param, "a", "b"]
    del vals[1:]
    bar = vals[0]
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(LDAP_BASE, f"(&(objectClass=person)(mail={bar}))")  # want: PY-LDAP-INJECTION
    result = len(conn.entries)
    return jsonify(result=str(result))
