# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=body shape=escape_both sink=specific expected=false
import json
import ldap

from django.http import JsonResponse
from django.urls import path
from ldap.filter import escape_filter_chars

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00443(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = escape_filter_chars(bar)
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, uid))
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00443/", benchmark_test_00443),
]
