# generated case (gen_cases6): category=ldap rule=PY-LDAP-INJECTION fw=django source=post shape=alnum_join sink=specific expected=false
import ldap

from django.http import JsonResponse
from django.urls import path

LDAP_BASE = "ou=users,dc=example,dc=org"


def benchmark_test_00437(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    conn = ldap.initialize("ldap://ldap.example.org")
    uid = "".join(c for c in bar if c.isalnum())
    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    result = len(entries)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00437/", benchmark_test_00437),
]
