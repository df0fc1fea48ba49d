# generated case (gen_cases4): category=ldap rule=PY-LDAP-INJECTION fw=flask source=headernames shape=partial_first sink=v1 expected=false
import functools
import ldap3

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
LDAP_BASE = "ou=users,dc=example,dc=org"


def first_of(a, b):
    return a


@app.route("/00226", methods=["GET", "POST"])
def benchmark_test_00226():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = functools.partial(first_of, "safe")(param)
    conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)
    conn.search(search_base=LDAP_BASE, search_filter=f"(&(objectclass=person)(uid={bar}))")
    result = len(conn.entries)
    return jsonify(result=str(result))
